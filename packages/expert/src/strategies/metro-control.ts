/** metro-control: reload the JS bundle through Metro; stop Metro only when the user asked. */
import { callAction, onRuntime } from '../core/actions.js';
import type { ExpertView } from '../core/view.js';
import { jsonResult, lastOk } from './runtime-calls.js';
import { screenParamGoals } from './screen-path.js';
import type { Strategy } from './strategy.js';

/** The user asked to stop Metro (rule 14: never stop it unasked). */
const stopAsked = (view: ExpertView): boolean => view.task.params.stop === true;

/** Reload (no debugger connection needed), open the named screen, then stop-metro when asked. */
export const metroControlStrategy: Strategy = {
  family: 'metro-control',
  goals: [
    {
      name: 'reload',
      done: (view) => lastOk(view, 'debugger-reload-metro') !== undefined,
      next: (view) => callAction(view, 'debugger-reload-metro', onRuntime(view), 'reload'),
    },
    // A reload starts the app over at home: the screen the user named is opened after it.
    ...screenParamGoals(),
    {
      name: 'stop-metro',
      done: (view) => !stopAsked(view) || lastOk(view, 'stop-metro') !== undefined,
      next: (view) => callAction(view, 'stop-metro', { port: view.metroPort }, 'stop-metro'),
    },
  ],
  facts(view) {
    const reload = jsonResult(lastOk(view, 'debugger-reload-metro'));
    const stop = jsonResult(lastOk(view, 'stop-metro'));
    if (reload?.reloaded !== true) return {};
    return stop?.stopped === true
      ? { reloaded: true, metroStopped: true, port: Number(stop.port) }
      : { reloaded: true, port: Number(reload.port) };
  },
};
