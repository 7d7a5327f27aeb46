/**
 * login: reach the form, fill the username and the password (tap the field,
 * then type), submit, and confirm the form is gone.
 */
import type { PolicyAction } from '@forge/spec';
import { clearField, discover, tap, tapToType, typeText } from '../core/moves.js';
import { reach } from '../core/reach.js';
import { type ExpertView, privilegedList, privilegedString } from '../core/view.js';
import type { Strategy, SubGoal } from './strategy.js';

const id = (key: string) => (view: ExpertView) => privilegedString(view, key) ?? '';
const userField = id('userFieldId');
const passwordField = id('passwordFieldId');
const submitButton = id('submitId');
const username = (view: ExpertView) => String(view.task.params.username ?? '');
const password = (view: ExpertView) => String(view.task.params.password ?? '');
const formIds = (view: ExpertView) => [userField(view), passwordField(view), submitButton(view)];

/** What a field should show once filled: the text, or one bullet per character of a password. */
const shows = (text: string, secret: boolean): string => (secret ? '•'.repeat(text.length) : text);

/** The web form submits on Enter when this episode chose so. */
const enterKey = (view: ExpertView): string | undefined =>
  view.platform === 'chromium' && view.choices.enterSubmits ? 'Enter' : undefined;

/** The form left the screen after a submit (a tap on submit that landed, or Enter). */
function submitted(view: ExpertView): boolean {
  const s = view.state;
  const seen = s.seen;
  if (!s.fresh || !seen?.inApp || seen.dialog !== undefined || seen.prompt || seen.keyboard)
    return false;
  if (s.landed[submitButton(view)] !== true && s.keySubmits === 0) return false;
  return !formIds(view).some((f) => seen.byId.has(f));
}

function filled(view: ExpertView, field: string, text: string, secret: boolean): boolean {
  const s = view.state;
  return s.fresh && s.seen?.byId.get(field)?.value === shows(text, secret);
}

function fillGoal(field: typeof userField, text: typeof username, secret: boolean): SubGoal {
  return {
    name: secret ? 'password' : 'username',
    done: (view) => submitted(view) || filled(view, field(view), text(view), secret),
    next(view): PolicyAction {
      const el = view.state.seen?.byId.get(field(view));
      if (!el) return reach(view, [], [field(view)]) ?? discover(view);
      if (el.value !== undefined && el.value !== '') return clearField(view, el, el.value.length);
      return tapToType(view, el, text(view), secret ? enterKey(view) : undefined);
    },
  };
}

/** Sign in: reach, username, password, submit. */
export const loginStrategy: Strategy = {
  family: 'login',
  needsDescribe: true,
  followUp(view) {
    // Typing follows a lone tap on a field at once: the keyboard needs no new reading.
    const s = view.state;
    const t = s.lastTap;
    if (s.lastTool !== 'gesture-tap' || !t || t.step !== s.steps - 1) return undefined;
    if (t.id === userField(view)) return typeText(view, username(view));
    if (t.id === passwordField(view)) return typeText(view, password(view), enterKey(view));
    return undefined;
  },
  goals: [
    {
      name: 'reach',
      done: (view) =>
        submitted(view) ||
        (view.state.fresh && formIds(view).some((f) => view.state.seen?.byId.has(f))),
      next: (view) => reach(view, privilegedList(view, 'path'), formIds(view)) ?? discover(view),
    },
    fillGoal(userField, username, false),
    fillGoal(passwordField, password, true),
    {
      name: 'submit',
      done: submitted,
      next(view) {
        const el = view.state.seen?.byId.get(submitButton(view));
        if (el) return tap(view, el);
        return reach(view, [], [submitButton(view)]) ?? discover(view);
      },
    },
  ],
  facts: (view) => (submitted(view) ? { signedInAs: username(view) } : {}),
};
