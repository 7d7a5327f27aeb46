import type { TextToolCallFormat } from '@forge/spec';

// Forge renders the text formats itself, with @forge/spec's
// renderHermesMessages / renderGemmaMessages: the export writes them into
// the `{text}` training records and `forge eval --format hermes|gemma` sends
// the same role/content messages (tools already in the system or first user
// text, calls as text, consecutive tool results already merged, no native
// `tools`). So a TEMPLATE must not render tools or calls again; it only
// wraps each message in the model's turn markers, byte for byte as
// @forge/export's renderHermesText / renderGemmaText do, and opens the
// assistant turn. No BOS: the export writes none either, because the
// tokenizer adds it (Gemma) or the model has none (Qwen).

/**
 * Qwen ChatML: `<|im_start|>role\n…<|im_end|>\n` per message, system
 * included (Ollama keeps system messages in `.Messages`), then the
 * assistant opener.
 */
const hermesTemplate = [
  '{{- range .Messages }}',
  '<|im_start|>{{ .Role }}\n{{ .Content }}<|im_end|>\n',
  '{{ end }}',
  '<|im_start|>assistant\n',
].join('');

/**
 * Gemma turns: `<start_of_turn>user|model\n…<end_of_turn>\n`, then the model
 * opener. Forge's Gemma messages carry no system role (it is folded into
 * the first user turn), but a client or a Modelfile SYSTEM may still add one:
 * it is folded the same way, `system\n\n` before the first user turn, as
 * renderGemmaMessages folds it, instead of becoming a turn Gemma never saw.
 */
const gemmaTemplate = [
  '{{- $system := .System }}',
  '{{- range .Messages }}',
  '{{- if eq .Role "user" }}<start_of_turn>user\n',
  // No `{{-` after the newline above: it would trim that newline away.
  '{{ if $system }}{{ $system }}\n\n{{ end }}{{ $system = "" }}{{ .Content }}<end_of_turn>\n',
  '{{ else if eq .Role "assistant" }}<start_of_turn>model\n{{ .Content }}<end_of_turn>\n',
  '{{ end }}',
  '{{- end }}',
  '<start_of_turn>model\n',
].join('');

const templates: Readonly<Record<TextToolCallFormat, string>> = {
  hermes: hermesTemplate,
  gemma: gemmaTemplate,
};

/**
 * The Ollama TEMPLATE (a Go template over `.Messages` and `.System`) of a
 * text format: it wraps already-rendered role/content messages in turn
 * markers and ends with the generation prompt.
 */
export function ollamaTemplate(format: TextToolCallFormat): string {
  return templates[format];
}
