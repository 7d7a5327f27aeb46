// A small evaluator for the subset of Go's text/template that the Modelfile
// TEMPLATEs use, so tests can render a TEMPLATE and compare it with the
// text the export writes. Supported: text, {{ pipeline }}, {{- -}} trimming,
// if / else if / else / end, range / end, $x := and $x = , fields (.A.B,
// $.A, $x.A), string and bool literals, and the functions json, eq, or, and,
// not. Anything else throws, so a TEMPLATE that needs more fails its test.

type Node =
  | { kind: 'text'; text: string }
  | { kind: 'print'; expr: string }
  | { kind: 'set'; name: string; declare: boolean; expr: string }
  | { kind: 'if'; branches: { cond: string; body: Node[] }[]; otherwise: Node[] }
  | { kind: 'range'; expr: string; body: Node[] };

function lex(source: string): ({ text: string } | { action: string })[] {
  const items: ({ text: string } | { action: string })[] = [];
  let rest = source;
  let trimNext = false;
  while (rest.length > 0) {
    const open = rest.indexOf('{{');
    let text = open === -1 ? rest : rest.slice(0, open);
    if (trimNext) text = text.trimStart();
    if (open === -1) {
      items.push({ text });
      break;
    }
    const close = rest.indexOf('}}', open);
    if (close === -1) throw new Error('unclosed action');
    let action = rest.slice(open + 2, close);
    if (/^-\s/.test(action)) {
      text = text.trimEnd();
      action = action.slice(1);
    }
    trimNext = /\s-$/.test(action);
    if (trimNext) action = action.slice(0, -1);
    items.push({ text }, { action: action.trim() });
    rest = rest.slice(close + 2);
  }
  return items.filter((i) => !('text' in i) || i.text !== '');
}

function parse(source: string): Node[] {
  const items = lex(source);
  let at = 0;
  const block = (stops: RegExp): { nodes: Node[]; stop: string } => {
    const nodes: Node[] = [];
    while (at < items.length) {
      const item = items[at++];
      if (item === undefined) break;
      if ('text' in item) {
        nodes.push({ kind: 'text', text: item.text });
        continue;
      }
      const a = item.action;
      if (stops.test(a)) return { nodes, stop: a };
      const ifMatch = /^if (.+)$/.exec(a);
      const rangeMatch = /^range (.+)$/.exec(a);
      const setMatch = /^\$(\w+) (:?)= (.+)$/.exec(a);
      if (ifMatch) {
        const branches = [{ cond: ifMatch[1] ?? '', body: [] as Node[] }];
        let otherwise: Node[] = [];
        for (;;) {
          const inner = block(/^(else|end)\b/);
          const last = branches[branches.length - 1];
          if (last) last.body = inner.nodes;
          const elseIf = /^else if (.+)$/.exec(inner.stop);
          if (elseIf) branches.push({ cond: elseIf[1] ?? '', body: [] });
          else {
            if (inner.stop === 'else') otherwise = block(/^end$/).nodes;
            break;
          }
        }
        nodes.push({ kind: 'if', branches, otherwise });
      } else if (rangeMatch) {
        nodes.push({ kind: 'range', expr: rangeMatch[1] ?? '', body: block(/^end$/).nodes });
      } else if (setMatch) {
        const [, name = '', colon, expr = ''] = setMatch;
        nodes.push({ kind: 'set', name, declare: colon === ':', expr });
      } else nodes.push({ kind: 'print', expr: a });
    }
    if (stops.source !== '$^') throw new Error(`missing {{ end }} before end of template`);
    return { nodes, stop: '' };
  };
  return block(/$^/).nodes;
}

interface Scope {
  readonly vars: Map<string, unknown>;
  readonly parent?: Scope;
}

const lookup = (scope: Scope | undefined, name: string): Scope | undefined =>
  scope === undefined ? undefined : scope.vars.has(name) ? scope : lookup(scope.parent, name);

function field(value: unknown, name: string): unknown {
  if (typeof value !== 'object' || value === null)
    throw new Error(`cannot read .${name} of ${String(value)}`);
  const record = value as Record<string, unknown>;
  return name in record ? record[name] : record[name.charAt(0).toLowerCase() + name.slice(1)];
}

const truthy = (v: unknown): boolean =>
  Array.isArray(v)
    ? v.length > 0
    : typeof v === 'object' && v !== null
      ? Object.keys(v).length > 0
      : Boolean(v);

function evaluate(expr: string, dot: unknown, scope: Scope): unknown {
  const args = expr.match(/"(?:[^"\\]|\\.)*"|\S+/g) ?? [];
  const value = (token: string): unknown => {
    if (token.startsWith('"')) return JSON.parse(token);
    if (token === 'true' || token === 'false') return token === 'true';
    const m = /^(\$\w*|)((?:\.\w+)*|\.)$/.exec(token);
    if (!m) throw new Error(`unsupported token ${token}`);
    const [, variable = '', path = ''] = m;
    let base: unknown = dot;
    if (variable !== '') {
      const owner = lookup(scope, variable);
      if (!owner) throw new Error(`undefined variable ${variable}`);
      base = owner.vars.get(variable);
    }
    for (const name of path.split('.').filter((p) => p !== '')) base = field(base, name);
    return base;
  };
  const [head, ...rest] = args;
  const values = () => rest.map(value);
  switch (head) {
    case 'json':
      return JSON.stringify(values()[0]);
    case 'eq':
      return values()[0] === values()[1];
    case 'or':
      return values().find(truthy) ?? values().at(-1);
    case 'and':
      return values().every(truthy);
    case 'not':
      return !truthy(values()[0]);
    default:
      if (rest.length > 0 || head === undefined) throw new Error(`unsupported pipeline ${expr}`);
      return value(head);
  }
}

function run(nodes: readonly Node[], dot: unknown, scope: Scope, out: string[]): void {
  for (const node of nodes) {
    if (node.kind === 'text') out.push(node.text);
    else if (node.kind === 'print') {
      const v = evaluate(node.expr, dot, scope);
      if (v === undefined || v === null) throw new Error(`{{ ${node.expr} }} has no value`);
      out.push(String(v));
    } else if (node.kind === 'set') {
      const owner = node.declare ? scope : lookup(scope, `$${node.name}`);
      if (!owner) throw new Error(`assignment to undeclared $${node.name}`);
      owner.vars.set(`$${node.name}`, evaluate(node.expr, dot, scope));
    } else if (node.kind === 'if') {
      const hit = node.branches.find((b) => truthy(evaluate(b.cond, dot, scope)));
      run(hit ? hit.body : node.otherwise, dot, { vars: new Map(), parent: scope }, out);
    } else {
      // Go ranges over a nil slice zero times.
      const list = evaluate(node.expr, dot, scope) ?? [];
      if (!Array.isArray(list)) throw new Error(`range over a non-list: ${node.expr}`);
      for (const item of list) run(node.body, item, { vars: new Map(), parent: scope }, out);
    }
  }
}

/** Renders a Go template against data the way text/template would (for the supported subset). */
export function renderGoTemplate(source: string, data: unknown): string {
  const out: string[] = [];
  run(parse(source), data, { vars: new Map([['$', data]]) }, out);
  return out.join('');
}
