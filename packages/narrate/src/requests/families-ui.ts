import { afterClauses, type FamilyGrammar, uiHeavy } from './family-grammar.js';

const navigateTap: FamilyGrammar = {
  id: 'navigate-tap',
  seeks: true,
  weights: uiHeavy,
  cores: {
    developer: [
      '[navigate|go] to the {screen} [screen|view] in {app} and {~tap} the {q:target} [element|button|control]',
      '{~open} {app}, [get to|reach] {screen} and [trigger|activate] {q:target}',
      '[exercise|hit] the {q:target} [action|handler] on the {screen} screen of {app}',
    ],
    builder: [
      '[go to|open] the {screen} [page|screen] and {~tap} the [button|thing] that says {q:target}',
      '=on the {screen} [page|screen], {~tap} the [little|] {q:target} button [for me|]',
      'find the {q:target} [button|option] on the {screen} screen and {~tap} it',
    ],
    seeker: [
      "=somewhere on the {screen} [screen|page] there's a {q:target} [button|option]; {~tap} it",
      "=I think {q:target} lives on the {screen} screen[, but I'm not sure|]; [go|get] there and {~tap} it",
      '[find|track down] {q:target} [(it should be on {screen})|on {screen}] and {~tap} it',
    ],
    terse: ['{screen} > {target}', '{~tap} {target} on {screen}', '{screen}: {~tap} {target}'],
  },
  constraints: ["[and|] don't change anything else", 'just the one tap[ please|]'],
};

const toggle: FamilyGrammar = {
  id: 'toggle',
  seeks: true,
  weights: uiHeavy,
  // The templates naming {setting2} are the ones a two-switch task is asked
  // with (the others lack its second switch); a one-switch task has no
  // {setting2}, so they never render for it.
  cores: {
    developer: [
      // {state} may be "on": "to on on the X screen" read badly, so the screen comes first.
      '=on the {screen} screen, set the {q:setting} switch to {state}',
      'flip the {q:setting} toggle {state} [in|under] {screen}',
      // Not "the {screen} settings": screens are often named "… settings".
      '[make sure|ensure] {q:setting} is {state} in the {screen} [screen|page]',
      'set {q:setting} to {state} and {q:setting2} to {state2} in the {screen} screen',
      '=on {screen}, flip {q:setting} {state} and {q:setting2} {state2}',
    ],
    builder: [
      'turn {state} the little switch that says {q:setting} [on|in] the {screen} [page|screen]',
      "=on the {screen} page there's a switch called {q:setting}, [can it be|please turn it|set it] {state}",
      'switch {q:setting} {state} [for me|] in the {screen} [screen|page]',
      '=on the {screen} [page|screen], turn {state} {q:setting}, then turn {state2} {q:setting2}',
    ],
    seeker: [
      "=there's a {q:setting} switch somewhere [around|on] {screen}; turn it {state}",
      "=I want {q:setting} {state}; I [think|believe] it's [under|on] {screen}",
      "=I want {q:setting} {state} and {q:setting2} {state2}; they're [under|on] {screen}",
    ],
    terse: [
      '{setting} {state}',
      '{setting} -> {state} ({screen})',
      'turn {setting} {state}',
      '{setting} {state}, {setting2} {state2} ({screen})',
    ],
  },
  // "Only the switches I named." on a one-switch task (9 of 186): the plural needs {setting2}.
  constraints: [
    'leave the other [settings|switches] alone',
    'only the [switch I named{!setting2}|switches I named{?setting2}]',
  ],
};

const scrollFind: FamilyGrammar = {
  id: 'scroll-find',
  seeks: true,
  weights: uiHeavy,
  cores: {
    developer: [
      'scroll the {screen} list until {q:item} [is rendered|comes into view] and open its detail [view|screen]',
      'find the {q:item} row below the fold on {screen} and [open|tap into] it',
    ],
    builder: [
      '=on the {screen} page, scroll down to {q:item} and open it',
      '=the list on {screen} is long; [go down|scroll down] until you see {q:item} and {~tap} it',
    ],
    seeker: [
      '={q:item} is [somewhere|way] down the {screen} list; [find it|dig it out] and open it',
      "=I [know|think] {q:item} is in the {screen} list but [can't spot it|it's buried]; open it",
    ],
    terse: [
      'open {item} ({screen} list)',
      'scroll {screen} to {item}, open',
      '{screen}: find {item}',
    ],
  },
};

// The app and device clauses go after the sign-in, not after the password.
const loginFamily: FamilyGrammar = {
  id: 'login',
  weights: uiHeavy,
  cores: {
    developer: [
      `log in${afterClauses} with [username|user] {q:username} and password {q:password}`,
      `authenticate${afterClauses} as {q:username} (password {q:password})`,
      `sign in${afterClauses} with the test account {q:username} / {q:password}`,
    ],
    builder: [
      `log me in${afterClauses}, the username is {q:username} and the password is {q:password}`,
      `sign in [to my account|]${afterClauses} with {q:username} and the password {q:password}`,
    ],
    seeker: [
      `=I need to be logged in as {q:username}${afterClauses}; password is {q:password}`,
      `get me signed in [somehow|]${afterClauses}: {q:username}, password {q:password}`,
    ],
    terse: ['login {username} / {password}', 'sign in: {username} {password}'],
  },
};

const profileDrilldown: FamilyGrammar = {
  id: 'profile-drilldown',
  seeks: true,
  weights: uiHeavy,
  cores: {
    developer: [
      'drill into the nested screens and read the value of the {q:field} field',
      'find where {q:field} is rendered and [tell me|report] its [current|] value',
    ],
    builder: [
      'find the {q:field} [info|number|detail] and tell me what it says',
      // Not "my {field}": a label is no possession ("my Last edited is shown somewhere").
      "=there's a place that shows {q:field}; what does it say?",
    ],
    seeker: [
      '=the {q:field} field is shown somewhere [deep|] in the app; what is it?',
      // Not "in there": "somewhere in there there's" doubled the word.
      "=somewhere [in the profile|in the app] there's {q:field}; read it [for me|out]",
    ],
    terse: ['{field}?', 'read {field}', "what's {field}?"],
  },
};

const hideAndSeek: FamilyGrammar = {
  id: 'hide-and-seek',
  seeks: true,
  weights: { developer: 1, builder: 2, seeker: 6, terse: 2 },
  cores: {
    developer: [
      'locate the {q:target} control [wherever it lives|somewhere in the nav tree] and {~tap} it',
    ],
    builder: [
      "=there's a button that says {q:target}, but I don't remember where; {~tap} it",
      'find the {q:target} [option|button] [anywhere|] and press it',
    ],
    seeker: [
      "=somewhere in the app there's {q:target}; [find it|hunt it down] and {~tap} it",
      '=I know there is a {q:target} [button|option] but not [where|which screen]; {~tap} it',
      // A statement, not "where is X? find it": that left the second sentence lower-case.
      "=I can't see where {q:target} is; find it and {~tap} it",
    ],
    terse: ['find + {~tap} {target}', '{~tap} {target} (find it)', 'find {target}'],
  },
};

const deepLink: FamilyGrammar = {
  id: 'deep-link',
  weights: { developer: 4, builder: 2, seeker: 2, terse: 2 },
  cores: {
    developer: [
      'open the deep link {url} and confirm it lands on {screen}',
      'fire {url} [as a deep link|through the URL handler] and check we get the {screen} screen',
    ],
    builder: [
      "=here's a link, {url}; open it, and it should [show|land on] the {screen} page",
      'try the link {url} and see if it opens {screen}',
    ],
    seeker: ['=I have a link, {url}, that should go to {screen}; open it'],
    terse: ['open {url} -> {screen}', 'deep link {url} ({screen})'],
  },
};

/** Grammars for the families about visible UI. */
export const uiFamilies: readonly FamilyGrammar[] = [
  navigateTap,
  toggle,
  scrollFind,
  loginFamily,
  profileDrilldown,
  hideAndSeek,
  deepLink,
];
