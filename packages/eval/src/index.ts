export { type Proportion, wilsonInterval } from './wilson.js';
