export { openAiExporter, renderOpenAi } from './openai.js';
