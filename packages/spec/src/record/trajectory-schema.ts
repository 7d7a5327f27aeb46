import type { JsonSchema } from '../json.js';

const nonEmpty = { type: 'string', minLength: 1 } as const;

const toolCall = {
  type: 'object',
  required: ['id', 'name', 'arguments'],
  additionalProperties: false,
  properties: { id: nonEmpty, name: nonEmpty, arguments: { type: 'object' } },
} as const;

/**
 * The JSON Schema of a `forge.trajectory/1` record. It checks shape only;
 * whether the trajectory is true and well-played is for the gates.
 */
export const trajectoryJsonSchema: JsonSchema = {
  $id: 'https://forge.dev/schemas/forge.trajectory-1.json',
  title: 'forge.trajectory/1',
  type: 'object',
  required: ['schema', 'id', 'seed', 'split', 'meta', 'tools', 'messages'],
  additionalProperties: false,
  properties: {
    schema: { const: 'forge.trajectory/1' },
    id: nonEmpty,
    seed: { type: 'integer', minimum: 0 },
    split: { enum: ['train', 'valid', 'test', 'eval'] },
    meta: {
      type: 'object',
      required: [
        'family',
        'platform',
        'pack',
        'app',
        'persona',
        'difficulty',
        'injections',
        'recovered',
        'success',
        'toolsUsed',
        'calls',
      ],
      additionalProperties: false,
      properties: {
        family: nonEmpty,
        platform: { enum: ['ios', 'android', 'chromium'] },
        pack: nonEmpty,
        app: nonEmpty,
        persona: nonEmpty,
        difficulty: { enum: ['easy', 'medium', 'hard'] },
        injections: { type: 'array', items: nonEmpty },
        recovered: { type: 'boolean' },
        success: { type: 'boolean' },
        toolsUsed: { type: 'array', items: nonEmpty },
        calls: { type: 'integer', minimum: 0 },
      },
    },
    tools: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        required: ['name', 'description', 'inputSchema'],
        additionalProperties: false,
        properties: {
          name: nonEmpty,
          description: { type: 'string' },
          inputSchema: { type: 'object' },
        },
      },
    },
    messages: {
      type: 'array',
      minItems: 2,
      items: {
        type: 'object',
        required: ['role', 'content'],
        properties: {
          role: { enum: ['system', 'user', 'assistant', 'tool'] },
          content: { type: 'string' },
        },
        oneOf: [
          {
            properties: { role: { enum: ['system', 'user'] }, content: { type: 'string' } },
            additionalProperties: false,
          },
          {
            properties: {
              role: { const: 'assistant' },
              content: { type: 'string' },
              toolCalls: { type: 'array', minItems: 1, items: toolCall },
            },
            additionalProperties: false,
          },
          {
            required: ['toolCallId', 'name'],
            properties: {
              role: { const: 'tool' },
              content: { type: 'string' },
              toolCallId: nonEmpty,
              name: nonEmpty,
              isError: { type: 'boolean' },
            },
            additionalProperties: false,
          },
        ],
      },
    },
  },
};
