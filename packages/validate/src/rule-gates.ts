import type { Gate } from '@forge/spec';
import { type CallGate, rulesCallGate, rulesGate } from './call-rule.js';
import { baselineRule } from './rules/baseline.js';
import { coordinateRule } from './rules/coordinates.js';
import { deviceOrderRule } from './rules/device-order.js';
import { flowRule } from './rules/flows.js';
import { groundingRule } from './rules/grounding.js';
import { platformRule } from './rules/platform.js';
import { profilingRule } from './rules/profiling.js';
import { screenPolicyRule } from './rules/screen-policy.js';
import { screenshotPollingRule } from './rules/screenshots.js';
import { sequenceRule } from './rules/sequence.js';
import { sessionRule } from './rules/session.js';

const policyRules = [
  coordinateRule,
  sequenceRule,
  platformRule,
  screenPolicyRule,
  screenshotPollingRule,
  sessionRule,
  flowRule,
  baselineRule,
  profilingRule,
];

/**
 * The device-order gate: devices are listed before any device is used, and
 * every device id comes from an earlier observation. Codes:
 * `device-order.not-listed`, `device-order.unknown-device`.
 */
export const deviceOrderGate: Gate = rulesGate('device-order', [deviceOrderRule]);

/** The device-order gate per call, for eval. */
export const deviceOrderCallGate: CallGate = rulesCallGate('device-order', [deviceOrderRule]);

/**
 * The policy gate: the toolkit's rules that the record alone can prove.
 * Codes: `policy.coordinate-out-of-range`, `policy.sequence-forbidden-tool`,
 * `policy.sequence-udid`, `policy.sequence-step-invalid`,
 * `policy.wrong-platform`, `policy.home-icon-tap`,
 * `policy.type-without-focus`, `policy.screenshot-polling`,
 * `policy.stop-metro-unasked`, `policy.flow-order`, `policy.flow-step-invalid`,
 * `policy.flow-unacknowledged`, `policy.baseline-screenshot`, and, for whole
 * records only, `policy.no-release`, `policy.flow-unfinished`,
 * `policy.profiling-unpaired`, `policy.profiling-not-stopped`.
 */
export const policyGate: Gate = rulesGate('policy', policyRules);

/** The policy gate per call, for eval (without the end-of-episode checks). */
export const policyCallGate: CallGate = rulesCallGate('policy', policyRules);

/**
 * The grounding gate: touches land on elements of a fresh discovery (see
 * `groundingRule` for what makes a discovery stale). Codes:
 * `grounding.no-discovery`, `grounding.stale-discovery`,
 * `grounding.outside-elements`.
 */
export const groundingGate: Gate = rulesGate('grounding', [groundingRule]);

/** The grounding gate per call, for eval. */
export const groundingCallGate: CallGate = rulesCallGate('grounding', [groundingRule]);
