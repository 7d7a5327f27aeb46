import { choreAppClauses, choreHeavy, type FamilyGrammar, uiHeavy } from './family-grammar.js';

const androidBoot: FamilyGrammar = {
  id: 'android-boot',
  weights: choreHeavy,
  cores: {
    developer: [
      'boot the {avd} AVD and bring {app} to the foreground on {screen} with {q:target} visible',
      'start emulator {avd}, launch {app}, and get to {q:target} on the {screen} {~screen}',
    ],
    builder: [
      'start the Android phone called {avd} and open {app} on {screen} so I can see {q:target}',
      'turn on the {avd} emulator and open the {screen} {~screen} of {app} at {q:target}',
    ],
    seeker: [
      '=I have an emulator named {avd} somewhere; boot it and open {app} to {q:target} on {screen}',
    ],
    terse: [
      'boot {avd}, open {app} > {screen} ({target})',
      '{avd}: launch {app} -> {screen} -> {target}',
    ],
  },
};

const reinstallReset: FamilyGrammar = {
  id: 'reinstall-reset',
  weights: choreHeavy,
  cores: {
    developer: [
      'do a clean reinstall of {app} to wipe its data, then relaunch it',
      'reinstall {app} from scratch and restart it at the home screen',
      'do a clean reinstall of {app}, relaunch it and open {screen} to check it is back to defaults',
    ],
    builder: [
      '={app} is acting weird; reinstall it fresh and open it again',
      'start {app} over like it was just installed',
      '={app} is acting weird; reinstall it fresh and show me the {screen} {~screen}',
    ],
    seeker: [
      '={app} got into a strange state; reset it completely',
      '={app} got into a strange state on {screen}; reset it completely and open {screen} again',
    ],
    terse: [
      'reinstall {app}',
      'wipe + relaunch {app}',
      'fresh install {app}',
      'reinstall {app}, open {screen}',
      'wipe {app} -> {screen}',
    ],
  },
};

const deviceRelease: FamilyGrammar = {
  id: 'device-release',
  screenless: true,
  weights: choreHeavy,
  appClauses: choreAppClauses,
  cores: {
    developer: [
      'release the simulator server for {device}',
      'tear down every simulator server{!device}',
      "shut down the device server on {device} [when you're done|now]",
      "free all the devices [you're holding|in use]{!device}",
    ],
    builder: [
      // Not ", I need it back": after "can you" that spliced a statement into the question.
      'let go of the {device} device, since I need it back',
      'stop using all the phones [now|]{!device}',
    ],
    seeker: [
      '=something is still holding {device}; release it',
      '=some device server is still running; stop them all{!device}',
    ],
    terse: ['release {device}', 'release all devices{!device}', 'stop all sim servers{!device}'],
  },
};

const updateNotice: FamilyGrammar = {
  id: 'update-notice',
  screenless: true,
  weights: choreHeavy,
  appClauses: choreAppClauses,
  cores: {
    developer: [
      'apply the pending toolkit update{!hours}{!release}',
      'snooze the update notice for {hours} hours{!release}',
      'update the device toolkit to latest{!hours}{!release}',
      "=don't update yet, mute the update reminder for {hours} hours{!release}",
      'apply the pending toolkit update, then release the simulator server for {release}{!hours}',
      'snooze the update notice for {hours} hours and shut down the device server on {release}',
    ],
    builder: [
      'install the update it keeps asking about{!hours}{!release}',
      'hide the update message for {hours} hours please{!release}',
      'install the update it keeps asking about, then let go of {release}{!hours}',
      'hide the update message for {hours} hours and release {release} please',
    ],
    seeker: [
      "=there's an update prompt somewhere; just apply it{!hours}{!release}",
      'make the update notice go away for {hours} hours{!release}',
      "=there's an update prompt somewhere; apply it, then free {release}{!hours}",
      'make the update notice go away for {hours} hours and stop holding {release}',
    ],
    terse: [
      'update toolkit{!hours}{!release}',
      'snooze update {hours}h{!release}',
      'snooze updates {hours} hours{!release}',
      'update toolkit, release {release}{!hours}',
      'snooze update {hours}h, release {release}',
    ],
  },
};

const flowRecord: FamilyGrammar = {
  id: 'flow-record',
  weights: { developer: 4, builder: 3, seeker: 1, terse: 2 },
  cores: {
    developer: [
      'record a flow called {q:flow} that opens {screen} and {~taps} {q:target}, then replay it',
      'script a {q:flow} flow ({screen} -> {q:target}) and execute it',
    ],
    builder: [
      'save the steps to get to {screen} and press {q:target} as {q:flow}, then play them back',
    ],
    seeker: [
      'make a recording named {q:flow} of going to {screen} and hitting {q:target}, and run it',
    ],
    terse: ['record flow {flow}: {screen} > {target}, run it', 'flow {flow}: {screen}/{target}'],
  },
};

const chromiumTabs: FamilyGrammar = {
  id: 'chromium-tabs',
  screenless: true,
  weights: uiHeavy,
  cores: {
    // Not "a new tab": half the time the page is already open in a background
    // tab and the episode selects it; and a new tab is called nothing yet
    // ("open X in a new tab, the one called 'Log on – HaloPlus'").
    developer: [
      'get {url} open in a tab and select it; the page should be titled {q:tab}',
      'make sure a tab with {url} ({q:tab}) is open and focused',
    ],
    builder: ['bring up {url} in a tab (the page is called {q:tab}) and switch to it'],
    seeker: ['=I need the {q:tab} tab at {url}; get it open and in front'],
    terse: ['tab {url} ({tab})', 'focus tab {url} -> {tab}'],
  },
};

const cookiesStorage: FamilyGrammar = {
  id: 'cookies-storage',
  weights: { developer: 5, builder: 1, seeker: 2, terse: 2 },
  cores: {
    developer: [
      'set the cookie {q:cookie} to {q:value}',
      'write {q:value} into the {q:cookie} cookie',
      'put {q:key} = {q:value} in storage',
      'store {q:value} under the {q:key} storage key',
    ],
    builder: [
      'make the site remember {q:value} for {q:cookie}',
      'save {q:value} as {q:key} in the browser',
    ],
    seeker: [
      '=the {q:cookie} cookie should say {q:value}; fix it',
      '=somewhere in storage {q:key} must be {q:value}',
    ],
    terse: ['cookie {cookie}={value}', 'storage {key}={value}'],
  },
};

/** Grammars for device, browser and toolkit chores. */
export const deviceFamilies: readonly FamilyGrammar[] = [
  androidBoot,
  reinstallReset,
  deviceRelease,
  updateNotice,
  flowRecord,
  chromiumTabs,
  cookiesStorage,
];
