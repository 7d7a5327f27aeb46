/**
 * Answer templates per family: `done` when the task's success check passed,
 * `failed` when it did not. They name only task params (`{param}`), which the
 * user gave, so they stay grounded; observed values come from the facts.
 */
export interface FamilyAnswer {
  readonly done: readonly string[];
  readonly failed: readonly string[];
  /**
   * The task is to find or locate something (a row, a value, a view, the
   * source of an element), so a success may open with "Found it!"; on any
   * other task that ack claimed a finding nothing made ("Found it! I zoomed
   * the map out.").
   */
  readonly finds?: true;
}

export const familyAnswers: Readonly<Record<string, FamilyAnswer>> = {
  'navigate-tap': {
    done: [
      // "the … screen": a bare name ending in "in" read "I opened Sign in in VaultGo".
      'I opened the {screen} screen in {app} and tapped {q:target}.',
      '{q:target} on the {screen} screen is tapped.',
    ],
    failed: [
      "I couldn't get {q:target} on {screen} to respond.",
      "I didn't manage to tap {q:target}.",
    ],
  },
  toggle: {
    // "I switched X {state} on the …" read "switched X on on the Preferences screen".
    done: ['{q:setting} is now {state}.', 'On the {screen} screen I switched {q:setting} {state}.'],
    failed: ["I couldn't confirm that {q:setting} is {state}."],
  },
  'toggle:two': {
    done: [
      '{q:setting} is now {state} and {q:setting2} is {state2}.',
      'On the {screen} screen I switched {q:setting} {state} and {q:setting2} {state2}.',
    ],
    failed: ["I couldn't confirm that {q:setting} is {state} and {q:setting2} is {state2}."],
  },
  'scroll-find': {
    finds: true,
    done: [
      'I scrolled to {q:item} and opened it.',
      '{q:item} was below the fold on {screen}; its detail screen is open now.',
    ],
    failed: ["I couldn't reach {q:item} in the {screen} list."],
  },
  login: {
    done: ["You're logged in as {q:username}.", 'I signed in as {q:username}.'],
    failed: ["The login as {q:username} didn't go through."],
  },
  'profile-drilldown': {
    finds: true,
    done: ['I found {q:field}.', 'Here is {q:field}.'],
    failed: ["I couldn't reach the screen with {q:field}."],
  },
  'batch-sequence': {
    done: [
      'I went through the {pages} onboarding pages[ and submitted {q:text}|].',
      'The onboarding ({pages} pages) is done.',
    ],
    failed: ["I couldn't get through the {pages} onboarding pages."],
  },
  'visual-regression': {
    done: ['I captured a baseline of {screen} and diffed it against the current screen.'],
    failed: ["I couldn't produce the diff for {screen}."],
  },
  'flow-record': {
    done: ['I recorded the flow {q:flow} ({screen}, then {q:target}) and replayed it.'],
    failed: ["The flow {q:flow} wasn't recorded and replayed completely."],
  },
  'network-inspect': {
    done: [
      'I found the request to {endpoint} after opening {screen}.',
      'Here are the details of {endpoint}.',
    ],
    failed: ["I couldn't get the details of the {endpoint} request."],
  },
  'android-boot': {
    done: ['{avd} is booted and {app} is in the foreground.', 'I booted {avd} and launched {app}.'],
    failed: ["I couldn't get {avd} booted with {app} in front."],
  },
  'debug-inspect': {
    finds: true,
    done: ['I inspected {q:target} and traced it to {component}.'],
    failed: ["I couldn't trace {q:target} to {component}."],
  },
  'deep-link': {
    done: ['I opened {url} and it landed on {screen}.'],
    failed: ["Opening {url} didn't land on {screen}."],
  },
  'console-check': {
    done: [
      'I read the console log registry after visiting {screen}.',
      "Here's what the log registry shows at {level} level.",
    ],
    failed: ["I couldn't read the {level}-level messages for {screen}."],
  },
  'pinch-zoom': {
    done: ['I zoomed the map {direction}.'],
    failed: ["The map didn't zoom {direction} far enough."],
  },
  'native-inspect': {
    finds: true,
    done: ['I found the native view for {q:target}.'],
    failed: ["I couldn't find a native view for {q:target}."],
  },
  'chromium-tabs': {
    done: ['A tab with {url} ({q:tab}) is open and selected.'],
    failed: ["I couldn't get the {q:tab} tab open and selected."],
  },
  'hide-and-seek': {
    finds: true,
    done: ['I found {q:target} and tapped it.', 'Found it: {q:target} is tapped.'],
    failed: ["I couldn't find {q:target}."],
  },
  'cookies-storage': {
    done: ['{q:cookie} now holds {q:value}.', '{q:key} is set to {q:value}.'],
    failed: ["I couldn't confirm {q:value} was stored."],
  },
  // A web slider is dragged to an amount; on mobile the task is a long press
  // (no amount), which an answer saying "dragged" misdescribed.
  'drag-gesture': {
    done: ['I dragged {q:target} to {amount}.', 'I long-pressed {q:target}{!amount}.'],
    failed: [
      "The drag on {q:target} didn't reach {amount}.",
      "The long press on {q:target} didn't get there{!amount}.",
    ],
  },
  // A builder or seeker gets the orientation in plain words ({?plain}, {p:orientation}).
  'rotate-gesture': {
    done: [
      'The rotation is done[: heading {heading}|][, orientation {orientation}|].{!plain}',
      'The rotation is done[: heading {heading}|][, and the screen is in {p:orientation}|].{?plain}',
    ],
    failed: ["The rotation didn't reach the goal."],
  },
  'reinstall-reset': {
    done: ['I reinstalled {app}, so its data is wiped, and relaunched it.'],
    failed: ["I couldn't finish the clean reinstall of {app}."],
  },
  'native-deep-inspect': {
    done: ['I inspected the native views around {q:target}[ and the request to {endpoint}|].'],
    failed: ["I couldn't finish the native inspection of {q:target}."],
  },
  // `{?interaction=screen}`: the tap on "Display" opened Display ("I profiled "Display" on Display").
  'profile-performance': {
    done: [
      'I profiled {q:interaction} on {screen} with both profilers and built the combined report.{!interaction=screen}',
      'I profiled opening {q:interaction} with both profilers and built the combined report.{?interaction=screen}',
    ],
    failed: [
      "The profiling of {q:interaction} on {screen} didn't complete.{!interaction=screen}",
      "The profiling of opening {q:interaction} didn't complete.{?interaction=screen}",
    ],
  },
  'profiler-sessions': {
    // `noResults`: the CPU query listed nothing (`"results":[]`). Saying only
    // "queried its CPU data" then implied it found something.
    done: [
      'I loaded the earlier session[ {session}|] and queried its CPU data{!noResults}.',
      'I loaded the earlier session[ {session}|], but its CPU query came back empty: there are no functions to report{?noResults}.',
      'The earlier session[ {session}|] is loaded, but querying its top CPU functions returned no results{?noResults}.',
    ],
    failed: ["I couldn't load and query the earlier session."],
  },
  'metro-control': {
    done: ['I reloaded the bundle{!stop}.', 'I reloaded the bundle and stopped Metro{?stop}.'],
    failed: ["The reload didn't complete."],
  },
  'workspace-data': {
    done: ['I gathered the workspace data for {workspace}.'],
    failed: ["I couldn't gather the workspace data for {workspace}."],
  },
  'device-release': {
    done: ['I released {device}.', 'All devices are released{!device}.'],
    failed: ["I couldn't release the device[ {device}|]."],
  },
  'update-notice': {
    done: [
      'The toolkit update is applied{!hours}{!release}.',
      'Update notices are snoozed for {hours} hours{!release}.',
      'The toolkit update is applied and {release} is released{!hours}.',
      'Update notices are snoozed for {hours} hours and {release} is released.',
    ],
    failed: ["I couldn't take care of the update notice."],
  },
};

/** The answer for a family without its own templates. */
export const genericAnswer: FamilyAnswer = {
  done: ["That's done in {app}.", 'Finished in {app}.'],
  failed: ["I couldn't complete that in {app}."],
};
