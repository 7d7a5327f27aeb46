import { choreAppClauses, devHeavy, type FamilyGrammar } from './family-grammar.js';

// The tap on {interaction} opens {screen}, and the two are often the same
// label ("Display" opens Display): the cores naming both then said it twice
// ("a perf report for “Display” on Display"), so that case has its own
// (`{?interaction=screen}`, see `compareParams`).
const profilePerformance: FamilyGrammar = {
  id: 'profile-performance',
  weights: devHeavy,
  cores: {
    developer: [
      'profile the render of {screen} around a {~aTap} on {q:interaction} and find the hotspot{!interaction=screen}',
      'run React and native profilers around the {q:interaction} interaction on {screen}{!interaction=screen}',
      'capture a combined perf report for {q:interaction} on {screen} and drill into the slowest commit{!interaction=screen}',
      'profile the {~aTap} on {q:interaction} that opens its {~screen} and find the hotspot{?interaction=screen}',
      'run React and native profilers around opening {q:interaction}{?interaction=screen}',
      'capture a combined perf report for opening {q:interaction} and drill into the slowest commit{?interaction=screen}',
    ],
    builder: [
      '={screen} feels slow when I {~tap} {q:interaction}; find out why{!interaction=screen}',
      "=pressing {q:interaction} on the {screen} page is laggy, can you see what's slow?{!interaction=screen}",
      '=the {screen} {~screen} is slow to open when I {~tap} it; find out why{?interaction=screen}',
      "=pressing {q:interaction} to open its page is laggy, can you see what's slow?{?interaction=screen}",
    ],
    seeker: [
      '=something makes {q:interaction} on {screen} slow; find the culprit{!interaction=screen}',
      '=something makes opening {q:interaction} slow; find the culprit{?interaction=screen}',
    ],
    terse: [
      'profile {interaction} on {screen}{!interaction=screen}',
      'perf: {screen} / {interaction}{!interaction=screen}',
      'profile opening {interaction}{?interaction=screen}',
      'perf: open {interaction}{?interaction=screen}',
    ],
  },
};

const profilerSessions: FamilyGrammar = {
  appClauses: choreAppClauses,
  id: 'profiler-sessions',
  weights: devHeavy,
  cores: {
    developer: [
      'load the saved profiler session {session} and query its CPU hotspots',
      'list the old profiling sessions and reload the most relevant one{!session}',
      'pull up session {session} from earlier and show the top CPU functions',
    ],
    builder: [
      'open the performance recording from before{!session}',
      'open recording {session} and tell me what was slow',
    ],
    seeker: [
      "=I profiled this earlier, somewhere there's a saved session; load it{!session}",
      'find session {session} and show me the CPU use',
    ],
    terse: ['load profile {session}', 'load last profile{!session}'],
  },
};

const metroControl: FamilyGrammar = {
  appClauses: choreAppClauses,
  id: 'metro-control',
  weights: devHeavy,
  cores: {
    developer: [
      'reload the JS bundle through Metro{!stop}',
      'trigger a Metro reload{!stop}',
      'reload the bundle, then stop Metro{?stop}',
      'do a Metro reload and shut the packager down{?stop}',
      'reload the JS bundle and open {screen} so I can check my change{!stop}',
      'reload through Metro, go to the {screen} {~screen} to verify the change, then stop Metro{?stop}',
    ],
    builder: [
      'refresh the app [code|] [for me|]{!stop}',
      'refresh the app and then turn off the dev server{?stop}',
      'refresh the app and show me the {screen} {~screen} with my change{!stop}',
      'refresh the app, take me to {screen}, then turn off the dev server{?stop}',
    ],
    seeker: [
      'get the latest code into the app{!stop}',
      'reload the code and stop the bundler that serves it{?stop}',
      '=I changed something on {screen}; reload the app and open that {~screen}{!stop}',
      'reload the code, open {screen} to see the change, and stop the bundler{?stop}',
    ],
    terse: [
      'reload{!stop}',
      'reload metro{!stop}',
      'reload + stop metro{?stop}',
      'reload, open {screen}{!stop}',
      'reload, {screen}, stop metro{?stop}',
    ],
  },
};

const workspaceData: FamilyGrammar = {
  appClauses: choreAppClauses,
  id: 'workspace-data',
  screenless: true,
  weights: devHeavy,
  cores: {
    developer: [
      'gather a workspace snapshot of {workspace} and tell me the project',
      'collect the project metadata for {workspace}',
    ],
    builder: ['look at my project folder {workspace} and tell me what it is'],
    seeker: ['=my project is somewhere under {workspace}; what is it called?'],
    terse: ['workspace {workspace}', 'snapshot {workspace}'],
  },
};

/** Grammars for the profiling and JS-runtime families. */
export const profilingFamilies: readonly FamilyGrammar[] = [
  profilePerformance,
  profilerSessions,
  metroControl,
  workspaceData,
];
