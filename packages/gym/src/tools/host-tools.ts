/** Host-side tools: workspace data, server and Metro release, flows, self-update. */
import type { JsonObject } from '@forge/spec';
import type { FlowFile } from '../world/state.js';
import {
  bool,
  deviceOf,
  error,
  json,
  num,
  optStr,
  str,
  type ToolContext,
  type ToolHandlers,
  text,
} from './context.js';

const flowKey = (root: string, name: string) => `${root.replace(/\/$/, '')}/${name}`;

function findFlow(ctx: ToolContext, args: JsonObject): FlowFile | undefined {
  const file = optStr(args, 'flow_file');
  const flows = ctx.world.state.flows;
  if (file !== undefined) return Object.values(flows).find((f) => f.path === file);
  return flows[flowKey(str(args, 'project_root'), str(args, 'name'))];
}

function addStep(ctx: ToolContext, args: JsonObject) {
  const rec = ctx.world.state.recording;
  if (!rec) return error('No flow is being recorded; call flow-start-recording first.');
  const command = str(args, 'command');
  if (command.startsWith('flow-')) return error('Flow tools cannot be recorded as steps.');
  const raw = optStr(args, 'args') ?? '{}';
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return error(`args is not valid JSON: ${raw}`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    return error('args must be a JSON object.');
  const result = ctx.dispatch(command, parsed as JsonObject);
  if (result.isError) return { text: `Step not recorded: ${result.text}`, isError: true };
  const delayMs = num(args, 'delayMs', 0);
  ctx.world.state.clockMs += delayMs;
  rec.steps.push({ kind: 'tool', command, args: raw, delayMs });
  return text(`Recorded step ${rec.steps.length}: ${command}\n${result.text}`);
}

function execute(ctx: ToolContext, args: JsonObject) {
  const flow = findFlow(ctx, args);
  if (!flow) return error(`Flow "${str(args, 'name')}" not found in ${str(args, 'project_root')}.`);
  if (!bool(args, 'prerequisiteAcknowledged')) {
    return error(
      `This flow has an execution prerequisite: "${flow.prerequisite}". Make sure it holds (see flow-read-prerequisite), then call flow-execute again with prerequisiteAcknowledged: true.`,
    );
  }
  const steps: { step: number; command: string; ok: boolean }[] = [];
  for (const [i, step] of flow.steps.entries()) {
    if (step.kind === 'echo') {
      steps.push({ step: i + 1, command: `echo: ${step.message}`, ok: true });
      continue;
    }
    const result = ctx.dispatch(step.command, JSON.parse(step.args) as JsonObject);
    ctx.world.state.clockMs += step.delayMs;
    steps.push({ step: i + 1, command: step.command, ok: !result.isError });
    if (result.isError) {
      return {
        text: JSON.stringify({
          flow: flow.name,
          completed: i,
          total: flow.steps.length,
          steps,
          error: result.text,
        }),
        isError: true,
      };
    }
  }
  flow.executions += 1;
  return json({ flow: flow.name, completed: flow.steps.length, total: flow.steps.length, steps });
}

/** Transitions of the host tools. */
export const hostTools: ToolHandlers = {
  'gather-workspace-data': (ctx, args) => {
    const path = str(args, 'workspacePath').replace(/\/$/, '');
    const app = Object.values(ctx.world.apps).find((a) => a.runtime?.projectRoot === path);
    if (!app?.runtime) return error(`No project found at "${path}" (no package.json).`);
    ctx.world.state.seen[`workspace:${path}`] = true;
    const metro = ctx.world.state.metro[String(app.runtime.metroPort)];
    return json({
      workspacePath: path,
      project: app.name,
      packageName: app.id,
      reactNative: app.runtime.rnVersion,
      platforms: [app.platform],
      metro: { port: app.runtime.metroPort, running: metro?.running ?? false },
      scripts: {
        start: 'react-native start',
        ios: 'react-native run-ios',
        android: 'react-native run-android',
      },
    });
  },
  'stop-simulator-server': (ctx) => {
    const device = deviceOf(ctx);
    const was = device.serverActive;
    device.serverActive = false;
    ctx.world.state.seen[`released:${device.udid}`] = true;
    return json({ stopped: was, udid: device.udid });
  },
  'stop-all-simulator-servers': (ctx) => {
    const stopped = ctx.world.state.devices.filter((d) => d.serverActive).map((d) => d.udid);
    for (const d of ctx.world.state.devices) d.serverActive = false;
    ctx.world.state.seen['released:all'] = true;
    return json({ stopped });
  },
  'stop-metro': (ctx, args) => {
    const port = num(args, 'port', 8081);
    const metro = ctx.world.state.metro[String(port)];
    if (!metro?.running) return error(`Metro is not running on port ${port}.`);
    metro.running = false;
    if (ctx.world.state.debugger.port === port) ctx.world.state.debugger.connected = false;
    return json({ stopped: true, port });
  },
  'flow-start-recording': (ctx, args) => {
    if (ctx.world.state.recording)
      return error(
        `Flow "${ctx.world.state.recording.name}" is already being recorded; finish it first.`,
      );
    ctx.world.state.recording = {
      name: str(args, 'name'),
      root: str(args, 'project_root'),
      prerequisite: str(args, 'executionPrerequisite'),
      steps: [],
    };
    return json({ recording: true, name: str(args, 'name') });
  },
  'flow-add-step': addStep,
  'flow-add-echo': (ctx, args) => {
    const rec = ctx.world.state.recording;
    if (!rec) return error('No flow is being recorded; call flow-start-recording first.');
    rec.steps.push({ kind: 'echo', message: str(args, 'message') });
    return json({ recorded: true, step: rec.steps.length });
  },
  'flow-finish-recording': (ctx) => {
    const rec = ctx.world.state.recording;
    if (!rec) return error('No flow is being recorded.');
    if (rec.steps.length === 0)
      return error('The flow has no steps; add at least one with flow-add-step.');
    const path = `${rec.root.replace(/\/$/, '')}/.argent/flows/${rec.name}.flow.json`;
    ctx.world.state.flows[flowKey(rec.root, rec.name)] = { ...rec, path, executions: 0, reads: 0 };
    ctx.world.state.recording = null;
    return json({ saved: true, path, steps: rec.steps.length });
  },
  'flow-read-prerequisite': (ctx, args) => {
    const flow = findFlow(ctx, args);
    if (!flow)
      return error(`Flow "${str(args, 'name')}" not found in ${str(args, 'project_root')}.`);
    flow.reads += 1;
    return json({ flow: flow.name, executionPrerequisite: flow.prerequisite });
  },
  'flow-execute': execute,
  'update-argent': (ctx) => {
    const u = ctx.world.state.update;
    if (u.available === null || u.applied)
      return json({ updated: false, version: u.current, message: 'Already up to date.' });
    const from = u.current;
    u.current = u.available;
    u.applied = true;
    return json({
      updated: true,
      from,
      to: u.current,
      message: 'Restart the MCP server to use the new version.',
    });
  },
  'dismiss-update': (ctx, args) => {
    const hours = num(args, 'hours', 24);
    ctx.world.state.update.snoozedHours = hours;
    return json({ dismissed: true, snoozedHours: hours });
  },
};
