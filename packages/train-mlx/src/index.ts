export { parseProgressLine } from './progress-line.js';
