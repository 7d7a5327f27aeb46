export { type Frame, frameCenter } from './frame-center.js';
