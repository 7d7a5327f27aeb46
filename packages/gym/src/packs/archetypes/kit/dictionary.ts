/** The kit's dictionaries are the gym's (worlds use them too); see internal/dictionary. */
export { dictionary } from '../../../internal/dictionary.js';
