export { schemaGate } from './schema-gate.js';
