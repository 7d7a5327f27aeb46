export { type Persona, personaById, personas } from './personas.js';
