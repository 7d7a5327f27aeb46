export {
  createMlxExporter,
  type MlxOptions,
  renderMlx,
  toFunctionTool,
  toHfMessage,
} from './mlx.js';
export { openAiExporter, renderOpenAi } from './openai.js';
