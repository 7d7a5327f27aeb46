import { type FamilyGrammar, uiHeavy } from './family-grammar.js';

const batchSequence: FamilyGrammar = {
  id: 'batch-sequence',
  weights: uiHeavy,
  cores: {
    developer: [
      'run through the {pages}-page onboarding in one batch{!text}',
      'swipe through all {pages} onboarding pages [with a single sequence|in one go]{!text}',
      'batch the {pages} onboarding swipes, then type {q:text} and submit',
      'get past the {pages} onboarding pages and submit {q:text} in the field at the end',
    ],
    builder: [
      "skip through the [welcome|intro] pages (there are {pages}) until it's done{!text}",
      'go through the {pages} intro screens [for me|], then write {q:text} and send it',
    ],
    seeker: [
      '=there are {pages} onboarding pages [somewhere at the start|before the app]; get through them{!text}',
      'get past the {pages} welcome pages and enter {q:text} [wherever it asks|at the end]',
    ],
    terse: ['skip onboarding ({pages} pages){!text}', 'onboarding x{pages}, then type {q:text}'],
  },
};

const visualRegression: FamilyGrammar = {
  id: 'visual-regression',
  weights: { developer: 4, builder: 3, seeker: 1, terse: 2 },
  cores: {
    developer: [
      'capture a baseline of {screen} and diff it against the current render',
      'take a visual regression diff of the {screen} screen',
    ],
    builder: [
      'take a picture of the {screen} page and compare it with how it looks now',
      'check if the {screen} screen [changed|looks different] by comparing screenshots',
    ],
    seeker: ['=I think {screen} looks different than before; compare screenshots of it'],
    terse: ['diff {screen}', 'screenshot diff: {screen}', 'baseline + diff {screen}'],
  },
};

const pinchZoom: FamilyGrammar = {
  id: 'pinch-zoom',
  seeks: true,
  weights: uiHeavy,
  cores: {
    developer: [
      'pinch to zoom {direction} on the map',
      'run a pinch gesture to zoom the map {direction}',
    ],
    builder: [
      'zoom {direction} on the map [a bit|a lot|for me]',
      'make the map zoom {direction} with two fingers',
    ],
    seeker: ["=there's a map somewhere; zoom it {direction}", 'find the map and zoom {direction}'],
    terse: ['zoom {direction}', 'map: zoom {direction}', 'pinch {direction}'],
  },
};

const dragGesture: FamilyGrammar = {
  id: 'drag-gesture',
  seeks: true,
  weights: uiHeavy,
  cores: {
    developer: [
      'drag {q:target} to {amount}',
      'perform a drag on {q:target} [until it reads|to the value] {amount}',
      // Without an amount the task is a mobile long press that opens the
      // element's menu (gesture-custom, no movement): asking to drag or move
      // it, as these cores did, described a gesture the episode never makes.
      'long-press {q:target} and open its [context menu|menu]{!amount}',
      'do a long-press gesture on {q:target} to bring up its menu{!amount}',
    ],
    builder: [
      'slide the {q:target} thing [to|until it says] {amount}',
      'press and hold {q:target} [until its menu pops up|to get its menu]{!amount}',
      'hold your finger on {q:target} [for me|] so its menu opens{!amount}',
    ],
    seeker: [
      "=somewhere there's {q:target} that needs dragging; move it to {amount}",
      'find {q:target} and long-press it to open its menu{!amount}',
    ],
    terse: [
      'drag {target} -> {amount}',
      'long-press {target}{!amount}',
      'hold {target} (menu){!amount}',
    ],
  },
};

// A builder or seeker names the orientation in plain words ({p:orientation}):
// "with the phone turned to PortraitUpsideDown" is the API's word, not theirs.
const rotateGesture: FamilyGrammar = {
  id: 'rotate-gesture',
  weights: uiHeavy,
  cores: {
    developer: [
      'rotate the map to a heading of {heading} degrees',
      'set the device orientation to {orientation}',
      'rotate the map to heading {heading} and the device to {orientation}',
      'do a two-finger rotation on the map',
      'open the {screen} {~screen} and set the device orientation to {orientation}',
      'check how {screen} looks in {orientation}: open it and rotate the device',
    ],
    builder: [
      'turn the map [around|] until it faces {heading} degrees',
      'turn the phone to {p:orientation}',
      'turn the phone to {p:orientation} and spin the map to {heading} degrees',
      'rotate things a bit',
      'go to {screen} and turn the phone to {p:orientation}',
      'show me the {screen} {~screen} with the phone turned to {p:orientation}',
    ],
    seeker: [
      'rotate the map so it points {heading} degrees',
      '=I want the screen in {p:orientation}',
      '=I want the map at {heading} degrees and the screen in {p:orientation}',
      'rotate it somehow',
      '=I want to see {screen} in {p:orientation}',
    ],
    terse: [
      'heading {heading}',
      'rotate {orientation}',
      'rotate {orientation}, heading {heading}',
      'rotate',
      '{screen}, rotate {orientation}',
    ],
  },
};

/** Grammars for the gesture and capture families. */
export const gestureFamilies: readonly FamilyGrammar[] = [
  batchSequence,
  visualRegression,
  pinchZoom,
  dragGesture,
  rotateGesture,
];
