import { devHeavy, type FamilyGrammar } from './family-grammar.js';

const networkInspect: FamilyGrammar = {
  id: 'network-inspect',
  weights: devHeavy,
  cores: {
    developer: [
      'attach the debugger, open {screen}, and pull the full details of the {endpoint} request',
      'inspect the {endpoint} call [the app makes|fired] on {screen}: status and method',
      'check the network log for {endpoint} after visiting {screen}',
    ],
    builder: [
      '=when I open {screen}, the app talks to {endpoint}; can you see if that worked?',
      'check what happened with {endpoint} when the {screen} page loads',
    ],
    seeker: ['=some request to {endpoint} happens around {screen}; find it and tell me its status'],
    terse: ['{endpoint} status+method ({screen})', 'net: {endpoint} on {screen}'],
  },
};

const debugInspect: FamilyGrammar = {
  id: 'debug-inspect',
  seeks: true,
  weights: devHeavy,
  cores: {
    developer: [
      'check the component tree and find the source of {component} behind {q:target}',
      "inspect the element at {q:target} and confirm it's rendered by {component}",
      // Not a question and then an imperative: "which file defines Text? inspect it" left the second sentence lower-case.
      'find which file defines {component} by inspecting the {q:target} element',
    ],
    builder: [
      "find out which part of the code draws the {q:target} button (I think it's {component})",
    ],
    seeker: ['=somewhere in the code {component} renders {q:target}; find where'],
    terse: ['source of {component} ({target})', 'inspect {target} -> {component}'],
  },
};

const consoleCheck: FamilyGrammar = {
  id: 'console-check',
  weights: devHeavy,
  cores: {
    developer: [
      'open {screen} and read the console log registry for {level}-level messages',
      'check the JS console for {level} logs after visiting {screen}',
      '=what does the log registry show at {level} level once the {screen} screen has rendered?',
    ],
    // As a noun the level is a "warning": "there's a warn somewhere", "console warns".
    builder: ["=something looks off on {screen}; check the app's {p:level} messages"],
    seeker: ["=there's a {p:level} somewhere when {screen} opens; find the message"],
    terse: ['{level} logs on {screen}', 'console {p:level}s: {screen}'],
  },
};

const nativeInspect: FamilyGrammar = {
  id: 'native-inspect',
  seeks: true,
  weights: devHeavy,
  cores: {
    developer: [
      'use native devtools to find the UIKit view for {q:target}',
      'check native injection is up, then search the view hierarchy for {q:target}',
    ],
    builder: ['find the native view behind the {q:target} button'],
    seeker: ['=the {q:target} view is in the native hierarchy somewhere; find it'],
    terse: ['native find {target}', 'find view {target}'],
  },
};

const nativeDeepInspect: FamilyGrammar = {
  id: 'native-deep-inspect',
  seeks: true,
  weights: devHeavy,
  cores: {
    developer: [
      'dump the full UIKit hierarchy and check which view receives touches at {q:target}{!endpoint}',
      "find the view at the {q:target} point and whether it's interactable{!endpoint}",
      'inspect the native view under {q:target} and the native request to {endpoint}',
      'check the view at {q:target}, then the native network log for {endpoint}',
    ],
    builder: [
      "figure out what's really under the {q:target} button{!endpoint}",
      'look under the {q:target} button and at the {endpoint} request',
    ],
    seeker: [
      '=something odd is under {q:target}; dig into the native views{!endpoint}',
      'dig into {q:target} and find the {endpoint} request',
    ],
    terse: ['hit-test {target}{!endpoint}', 'hit-test {target}, native log {endpoint}'],
  },
};

/** Grammars for the debugger and native-inspection families. */
export const devtoolsFamilies: readonly FamilyGrammar[] = [
  networkInspect,
  debugInspect,
  consoleCheck,
  nativeInspect,
  nativeDeepInspect,
];
