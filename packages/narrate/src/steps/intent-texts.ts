/**
 * Step texts by the policy's intent. `{label}` is a label the agent has
 * already seen or been told; `{arg}` an argument of the step's first call.
 * A template whose values are missing is skipped, and an intent with no
 * usable template falls back to the tool-based text.
 */
export const intentTexts: Readonly<Record<string, readonly string[]>> = {
  // `{@first}`: only the episode's first device list is "first" (android-boot lists again after booting).
  'list-devices': [
    "First I'll check which devices are available.{@first}",
    'Let me see what devices are running.',
    'Starting with the device list.{@first}',
  ],
  discover: [
    'Let me read the screen to find the elements.',
    "[Looking at|Reading] what's on screen.",
    "I'll discover the screen before tapping anything.",
    'Let me find {q:label} on this screen.',
  ],
  rediscover: [
    "The screen changed, so I'll read it again.",
    'Reading the new screen before the next tap.',
    'Things moved; discovering the screen again.',
  ],
  'tap-target': [
    'Tapping {q:label}.',
    'Tapping {q:label} at the centre of its frame, ({x}, {y}).',
    '{q:label} is there; tapping it.',
    'Tapping the centre of the element at ({x}, {y}).',
  ],
  type: ['Typing {q:text}.', 'Entering {q:text} into the field.', 'Now the text: {q:text}.'],
  scroll: [
    'Scrolling to bring more into view.',
    "It's not visible yet; scrolling.",
    // `{@touch}` is there only for a touch swipe: "Swiping" preceded Chromium wheel scrolls.
    '[Scrolling|Swiping{@touch}] further down the list.',
  ],
  'recover-miss': [
    "That tap didn't land; reading the screen again before retrying.",
    "The tap missed, so I'll re-discover instead of tapping the same spot.",
  ],
  // The same describe again is no "different source" (`{@retry}` / `{@other}`: the failed call's tool or not).
  'recover-discovery': [
    'Discovery failed; [trying another way to read the screen{@other}|reading the screen once more{@retry}].',
    "That discovery call returned an error, so I'll [use a different source{@other}|retry it once{@retry}].",
  ],
  'recover-debugger': [
    'The debugger connection dropped; reconnecting.',
    "Lost the debugger, so I'll connect again.",
  ],
  'recover-boot': [
    'The boot timed out; trying again.',
    "Booting didn't finish in time, so retrying.",
  ],
  'dismiss-dialog': [
    'A system dialog is in the way; dismissing it.',
    'A dialog popped up; closing it first.',
    'Dismissing the dialog with {q:label}.',
  ],
  'dismiss-prompt': [
    'The app opened with a prompt over the screen; putting it off with {q:label}.',
    // Not "without taking the offer": a "What's new" sheet whose one button is "Continue" offers nothing.
    '{q:label} closes this prompt without committing to anything.',
    "A one-time prompt covers the app; I'll tap {q:label} to get past it.",
    'Dismissing the prompt first: tapping {q:label} at ({x}, {y}).',
  ],
  'go-back': [
    "This isn't on the way; going back.",
    'Going back a screen.',
    'Wrong place for this; heading back.',
  ],
  'close-keyboard': [
    'The keyboard is covering the field; closing it first.',
    'Hiding the keyboard so I can reach the next element.',
  ],
  relaunch: ['The app went away; relaunching it.', 'Relaunching the app after the crash.'],
  // A deliberate restart: nothing crashed, the search just found nothing here.
  'start-over': [
    "It isn't here; starting the app over from its first screen.",
    'Starting over from the first screen.',
    "Not found this way; I'll restart the app and look again.",
  ],
};
