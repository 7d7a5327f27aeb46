import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { type ParseArgsConfig, parseArgs } from 'node:util';
import {
  buildModelfile,
  createMlxBackend,
  createProgressReporter,
  defaultMlxOptions,
  defaultNumCtx,
  defaultServeAddress,
  describeTrainOutcome,
  evalCommandLine,
  formatCommand,
  formatForModel,
  fuseCommand,
  installAdvice,
  type MlxTrainPlan,
  type ProcessOutcome,
  quantizationInConfig,
  quantizationOf,
  type RunConfig,
  readRunConfig,
  runLayout,
  runLoggedProcess,
  runMlxTraining,
  runPython,
  type ServingFormat,
  serveCommand,
  servingFormats,
} from '@forge/train-mlx';
import { exitCodes } from '../exit-codes.js';
import type { CommandIo } from '../io.js';
import { parseUsage, usageError } from '../usage-error.js';

const d = defaultMlxOptions;

/**
 * Options with their defaults, two to a line, in columns padded to the
 * widest entry: the columns were typed by hand, and a default of another
 * width (learning rate 0.00002) pushed the second column out of line.
 */
function optionPairs(rows: readonly (readonly [string, unknown, string, unknown])[]): string {
  const width = (i: number): number => Math.max(...rows.map((r) => String(r[i]).length)) + 1;
  // The first column lines up with the single options below it (21 wide).
  const [flag, value, flag2] = [Math.max(21, width(0)), width(1), width(2)];
  return rows
    .map(([a, av, b, bv]) =>
      `  ${a.padEnd(flag)}${String(av).padEnd(value)}${b.padEnd(flag2)}${String(bv)}`.trimEnd(),
    )
    .join('\n');
}

export const trainMlxHelp = `forge train mlx --data DIR --model MODEL --out RUN_DIR [options]
forge train mlx fuse --run RUN_DIR [--dequantize | --no-dequantize] [--save-path DIR]
forge train mlx modelfile --run RUN_DIR [--format hermes|gemma|native] [--num-ctx N] [--from DIR]
forge train mlx serve --run RUN_DIR [--host HOST] [--port PORT] [--format F]

Fine-tunes a model with LoRA through mlx-lm (Apple Silicon) on a forge
generate output: prepares RUN_DIR (data/, lora.yaml, forge-train.json,
manifest.json, commands.txt), checks sequence lengths, then runs
'python -m mlx_lm lora -c lora.yaml' with progress in train.log and metrics.jsonl.

Training options (defaults suit a 2-4B model on a 16-32 GB Mac):
${optionPairs([
  ['--iters N', d.iters, '--batch-size N', d.batchSize],
  ['--learning-rate X', d.learningRate, '--lora-rank N', d.loraRank],
  ['--lora-scale X', d.loraScale, '--lora-dropout X', d.loraDropout],
  ['--num-layers N', `${d.numLayers} (-1 all)`, '--lora-keys a,b', 'chosen by mlx-lm'],
  ['--max-seq-length N', d.maxSeqLength, '--save-every N', d.saveEvery],
  ['--steps-per-eval N', d.stepsPerEval, '--steps-per-report N', d.stepsPerReport],
  ['--val-batches N', d.valBatches, '--seed N', d.seed],
])}
  --mask-prompt / --no-mask-prompt       on: train assistant turns only (one example per turn)
  --grad-checkpoint / --no-grad-checkpoint   on: trade compute for memory
  --python EXE         ${d.python} (the interpreter with mlx-lm installed)
  --allow-truncation   train even if examples exceed --max-seq-length
  --skip-long          leave examples longer than --max-seq-length out (counted in the plan)
  --data-format F      auto | tools | gemma (auto: gemma for Gemma models, whose
                       template has no tools; tools, with structured calls, otherwise)
  --dry-run            write RUN_DIR and print the plan, do not train

Exit codes: 0 done, 1 training failed (see RUN_DIR/train.log), 2 bad usage,
unusable data or mlx-lm missing, 130 interrupted.
`;

const trainFlags = {
  data: { type: 'string' },
  model: { type: 'string' },
  out: { type: 'string' },
  iters: { type: 'string' },
  'batch-size': { type: 'string' },
  'learning-rate': { type: 'string' },
  'lora-rank': { type: 'string' },
  'lora-scale': { type: 'string' },
  'lora-dropout': { type: 'string' },
  'num-layers': { type: 'string' },
  'lora-keys': { type: 'string' },
  'max-seq-length': { type: 'string' },
  'mask-prompt': { type: 'boolean' },
  'no-mask-prompt': { type: 'boolean' },
  'grad-checkpoint': { type: 'boolean' },
  'no-grad-checkpoint': { type: 'boolean' },
  'save-every': { type: 'string' },
  'steps-per-eval': { type: 'string' },
  'steps-per-report': { type: 'string' },
  'val-batches': { type: 'string' },
  seed: { type: 'string' },
  python: { type: 'string' },
  'allow-truncation': { type: 'boolean' },
  'skip-long': { type: 'boolean' },
  'data-format': { type: 'string' },
  'dry-run': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

const camel = (flag: string): string =>
  flag.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());

function parse<const T extends NonNullable<ParseArgsConfig['options']>>(
  args: readonly string[],
  options: T,
) {
  return parseUsage(
    (a) => parseArgs({ args: [...a], options, strict: true, allowPositionals: false }),
    args,
  );
}

/** The options a person gave, by library name; absent flags keep their defaults. */
function trainOptions(values: Record<string, string | boolean | undefined>) {
  const options: Record<string, string | boolean> = {};
  for (const [flag, value] of Object.entries(values)) {
    if (value === undefined || ['data', 'model', 'out', 'dry-run', 'help'].includes(flag)) continue;
    if (flag === 'no-mask-prompt' || flag === 'no-grad-checkpoint') {
      const key = camel(flag.slice(3));
      if (values[flag.slice(3)] !== undefined)
        throw usageError(`--${flag.slice(3)} and --${flag} conflict`);
      options[key] = value === false;
    } else options[camel(flag)] = value;
  }
  return options;
}

function describePlan(plan: MlxTrainPlan): string {
  const lines = [
    `run: ${plan.runDir}`,
    `model: ${plan.model}`,
    `data: ${plan.dataFormat} messages, ${plan.options.maskPrompt ? 'one example per assistant turn' : 'one example per record'}`,
  ];
  for (const s of plan.splits)
    lines.push(
      `  ${s.split.padEnd(5)} ${s.records} records -> ${s.examples} examples, longest ~${s.maxTokens} tokens (limit ${plan.options.maxSeqLength})${s.skipped > 0 ? `, ${s.skipped} over the limit left out` : ''}`,
    );
  for (const warning of plan.warnings) lines.push(`warning: ${warning}`);
  lines.push(`train: (cd ${plan.runDir} && ${plan.commands.map(formatCommand).join(' && ')})`);
  return `${lines.join('\n')}\n`;
}

/** Runs an action with SIGINT turned into an abort, so the child gets it and we exit 130. */
async function withInterrupt<T>(action: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const controller = new AbortController();
  const onSigint = () => controller.abort();
  process.on('SIGINT', onSigint);
  try {
    return await action(controller.signal);
  } finally {
    process.off('SIGINT', onSigint);
  }
}

async function train(args: readonly string[], io: CommandIo): Promise<number> {
  const { values } = parse(args, trainFlags);
  if (values.help) {
    io.stdout(trainMlxHelp);
    return exitCodes.ok;
  }
  if (!values.data || !values.model || !values.out)
    throw usageError('forge train mlx needs --data DIR, --model MODEL and --out RUN_DIR');
  // A local model path must survive mlx-lm running inside RUN_DIR; a Hugging Face id is kept.
  const local = resolve(io.cwd, values.model);
  const model = existsSync(local) ? local : values.model;
  const prepared = await createMlxBackend().prepare({
    dataDir: resolve(io.cwd, values.data),
    model,
    outDir: resolve(io.cwd, values.out),
    options: trainOptions(values),
  });
  if (!prepared.success) throw prepared.error;
  const plan = prepared.value as MlxTrainPlan;
  io.stdout(describePlan(plan));
  if (values['dry-run']) {
    io.stdout('dry run: run directory written, not training\n');
    return exitCodes.ok;
  }
  const tty = process.stderr.isTTY === true && io.env.TERM !== undefined && io.env.TERM !== 'dumb';
  const reporter = createProgressReporter({
    tty,
    write: io.stderr,
    totalIters: plan.options.iters,
  });
  const outcome = await withInterrupt((signal) =>
    runMlxTraining(
      { runDir: plan.runDir, python: plan.options.python },
      { signal, onMetrics: reporter.onMetrics, env: io.env },
    ),
  );
  reporter.finish();
  const described = describeTrainOutcome(outcome);
  if (described.class === 'ok') {
    io.stdout(`${described.message}\nnext: forge train mlx fuse --run ${plan.runDir}\n`);
    return exitCodes.ok;
  }
  io.stderr(`forge train mlx: ${described.message}\n`);
  return {
    problems: exitCodes.problems,
    usage: exitCodes.usage,
    interrupted: exitCodes.interrupted,
  }[described.class];
}

/** Exit code and message for fuse and serve, which share train's failure modes. */
function finishProcess(io: CommandIo, what: string, outcome: ProcessOutcome, log: string): number {
  switch (outcome.kind) {
    case 'completed':
      return exitCodes.ok;
    case 'interrupted':
      io.stderr(`forge train mlx ${what}: interrupted; the log is kept at ${log}\n`);
      return exitCodes.interrupted;
    case 'missing-module':
      io.stderr(`forge train mlx ${what}: ${installAdvice}\n`);
      return exitCodes.usage;
    case 'missing-python':
      io.stderr(`forge train mlx ${what}: cannot run "${outcome.python}": not found\n`);
      return exitCodes.usage;
    case 'failed':
      io.stderr(
        `forge train mlx ${what}: failed (exit ${outcome.exitCode ?? 'by signal'})${outcome.lastError ? `: ${outcome.lastError}` : ''}; see ${log}\n`,
      );
      return exitCodes.problems;
  }
}

async function loadRun(io: CommandIo, run: string | undefined, what: string) {
  if (!run) throw usageError(`forge train mlx ${what} needs --run RUN_DIR`);
  const runDir = resolve(io.cwd, run);
  const config = await readRunConfig(runDir);
  if (!config.success) throw config.error;
  return { runDir, config: config.value };
}

/** The format to serve and score a run in: given, else the one its data was written in. */
function servingFormat(value: string | undefined, config: RunConfig): ServingFormat {
  if (value === undefined)
    return config.data?.messages === 'gemma' ? 'gemma' : formatForModel(config.model);
  if (!(servingFormats as readonly string[]).includes(value))
    throw usageError(`--format must be one of ${servingFormats.join(', ')}`);
  return value as ServingFormat;
}

async function fuse(args: readonly string[], io: CommandIo): Promise<number> {
  const { values } = parse(args, {
    run: { type: 'string' },
    dequantize: { type: 'boolean' },
    'no-dequantize': { type: 'boolean' },
    'save-path': { type: 'string' },
  });
  if (values.dequantize && values['no-dequantize'])
    throw usageError('--dequantize and --no-dequantize conflict');
  const { runDir, config } = await loadRun(io, values.run, 'fuse');
  // Ollama and GGUF conversion cannot read MLX-quantized weights, so a
  // quantized base is fused back to plain weights unless asked otherwise.
  const quantized = quantizationOf(config.model);
  const dequantize = values['no-dequantize'] ? false : values.dequantize || quantized !== undefined;
  if (quantized !== undefined && !values.dequantize)
    io.stderr(
      values['no-dequantize']
        ? `note: the base model is quantized (${quantized}); the fused model stays quantized, which Ollama cannot import\n`
        : `note: the base model is quantized (${quantized}); fusing with --dequantize so Ollama can import the result (--no-dequantize keeps it quantized)\n`,
    );
  const savePath =
    values['save-path'] === undefined ? runLayout.fused : resolve(io.cwd, values['save-path']);
  const command = fuseCommand(runPython(config), config.model, {
    savePath,
    dequantize,
  });
  io.stdout(`fuse: (cd ${runDir} && ${formatCommand(command)})\n`);
  const log = join(runDir, 'fuse.log');
  const outcome = await withInterrupt((signal) =>
    runLoggedProcess({
      command,
      cwd: runDir,
      logPath: log,
      signal,
      onOutput: io.stderr,
      env: io.env,
    }),
  );
  const code = finishProcess(io, 'fuse', outcome, log);
  if (code === exitCodes.ok)
    io.stdout(
      `fused model in ${resolve(runDir, savePath)}\nnext: forge train mlx modelfile --run ${runDir}\n`,
    );
  return code;
}

async function modelfile(args: readonly string[], io: CommandIo): Promise<number> {
  const { values } = parse(args, {
    run: { type: 'string' },
    format: { type: 'string' },
    'num-ctx': { type: 'string' },
    from: { type: 'string' },
  });
  const { runDir, config } = await loadRun(io, values.run, 'modelfile');
  const format = servingFormat(values.format, config);
  const numCtx = values['num-ctx'] === undefined ? defaultNumCtx : Number(values['num-ctx']);
  if (!Number.isInteger(numCtx) || numCtx <= 0)
    throw usageError('--num-ctx must be a whole number > 0');
  const from = values.from ?? `./${runLayout.fused}`;
  const path = join(runDir, 'Modelfile');
  await writeFile(path, buildModelfile({ from, format, numCtx }));
  const fromDir = resolve(runDir, from);
  if (!existsSync(fromDir))
    io.stderr(`warning: ${fromDir} does not exist yet; run forge train mlx fuse --run ${runDir}\n`);
  else {
    const quantized = quantizationInConfig(fromDir);
    if (quantized !== undefined)
      io.stderr(
        `warning: ${quantized}; Ollama cannot import MLX-quantized weights: re-run forge train mlx fuse --run ${runDir} --dequantize\n`,
      );
  }
  const target = {
    host: '127.0.0.1',
    port: 11434,
    model: 'forge-tuned',
    format,
    dataDir: config.dataset,
    outDir: join(runDir, 'eval'),
  };
  io.stdout(
    `wrote ${path} (format ${format}, num_ctx ${numCtx})\ncreate: (cd ${runDir} && ollama create forge-tuned -f Modelfile)\nscore:  ${evalCommandLine(target)}\n`,
  );
  return exitCodes.ok;
}

async function serve(args: readonly string[], io: CommandIo): Promise<number> {
  const { values } = parse(args, {
    run: { type: 'string' },
    host: { type: 'string' },
    port: { type: 'string' },
    format: { type: 'string' },
  });
  const { runDir, config } = await loadRun(io, values.run, 'serve');
  const host = values.host ?? defaultServeAddress.host;
  const port = values.port === undefined ? defaultServeAddress.port : Number(values.port);
  if (!Number.isInteger(port) || port <= 0 || port > 65535)
    throw usageError('--port must be 1..65535');
  const format = servingFormat(values.format, config);
  const command = serveCommand(runPython(config), config.model, { host, port });
  io.stdout(
    `serve: (cd ${runDir} && ${formatCommand(command)})\nscore it with: ${evalCommandLine({ host, port, model: config.model, format, dataDir: config.dataset, outDir: join(runDir, 'eval') })}\n`,
  );
  const log = join(runDir, 'serve.log');
  const outcome = await withInterrupt((signal) =>
    runLoggedProcess({
      command,
      cwd: runDir,
      logPath: log,
      signal,
      onOutput: io.stderr,
      env: io.env,
    }),
  );
  return finishProcess(io, 'serve', outcome, log);
}

/** `forge train mlx [fuse|modelfile|serve] …`; training is the default. */
export async function trainMlxCommand(args: readonly string[], io: CommandIo): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === 'fuse') return fuse(rest, io);
  if (sub === 'modelfile') return modelfile(rest, io);
  if (sub === 'serve') return serve(rest, io);
  if (sub !== undefined && !sub.startsWith('-'))
    throw usageError(`unknown subcommand "${sub}" (try 'forge train mlx --help')`);
  return train(args, io);
}
