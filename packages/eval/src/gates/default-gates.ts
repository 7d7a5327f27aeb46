import { groundingCallGate } from '@forge/validate';
import { type CallGate, schemaCallGate } from './call-gate.js';

/**
 * The gates a run uses when none are given: the schema, then
 * @forge/validate's grounding gate, the one the dataset's records had to
 * pass (touches land on an element of a fresh discovery). `forge eval` adds
 * the policy, device-order and offered gates on top.
 */
export const defaultCallGates: readonly CallGate[] = [schemaCallGate, groundingCallGate];
