import { defaultStops, textToolFormat } from '@forge/spec';
import { type FormatName, nativeFormat, textFormat, type WireFormat } from './wire-format.js';

/** The wire format of a name, text formats backed by @forge/spec's renderers and parsers. */
export function wireFormat(name: FormatName): WireFormat {
  if (name === 'native') return nativeFormat();
  const format = textToolFormat(name);
  return textFormat(name, { render: format.renderMessages, parse: format.parseReply });
}

/** The stop sequences a format sends with every request unless overridden. */
export function formatStops(name: FormatName): readonly string[] {
  return defaultStops(name);
}
