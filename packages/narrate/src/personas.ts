/** Who is asking: shapes the words of the request and the answer, never the calls. */
export interface Persona {
  readonly id: PersonaId;
  readonly description: string;
  /** How a request may begin (templates; empty string = no opener). */
  readonly openers: readonly string[];
  /** What may come before the ask itself ("can you", "please", …). */
  readonly leads: readonly string[];
  /** Optional context clauses: why they are asking. */
  readonly contexts: readonly string[];
  /** How a request may end. */
  readonly closers: readonly string[];
  /**
   * Clauses saying the user cannot find what the task is about ("since I
   * have no idea which menu it's on"): true only of a family whose grammar
   * `seeks`, so they are added to the lists above there and nowhere else.
   */
  readonly lost?: {
    readonly openers: readonly string[];
    readonly contexts: readonly string[];
    readonly closers: readonly string[];
  };
  /** Probability of mentioning the device or platform. */
  readonly deviceMention: number;
}

/** The ids of the built-in personas. */
export type PersonaId = 'developer' | 'builder' | 'seeker' | 'terse';

/** Relative weights of the personas for one family. */
export type PersonaWeights = Readonly<Record<PersonaId, number>>;

/** The personas every family draws from (weights per family come with the grammar). */
export const personas: readonly Persona[] = [
  {
    id: 'developer',
    description: 'a technical developer who asks about internals, profiling and logs by name',
    openers: [
      '',
      '',
      '',
      '[Hey|Hi|Ok|Alright],',
      'Quick one:',
      "[Context|FYI]: [I am|I'm] [chasing|debugging|looking into] [a regression|a bug report|something odd].",
      'Dev task:',
    ],
    leads: [
      '',
      '[can|could] you',
      'please',
      'I need you to',
      'go ahead and',
      "I'd like you to",
      'do me a favour and',
    ],
    contexts: [
      'before I [open|merge] the PR',
      'while I [look at|go through] the code',
      'for the [bug report|ticket|release notes]',
      'so I can [compare|sanity-check] [it|things] [later|against main]',
      'on the current [build|branch]',
    ],
    closers: [
      '',
      '',
      '[Thanks|Cheers|Ta].',
      'Report back what you [find|see].',
      'Keep it [brief|short] please.',
      'Ping me with the [result|details].',
    ],
    deviceMention: 0.45,
  },
  {
    id: 'builder',
    description: 'a non-technical app builder who describes the UI in plain words',
    openers: [
      '',
      '[Hi|Hello|Hey there][!|,]',
      // Whole sentences: a trailing "so" or "and" ran into whatever came next
      // ("I'm new to this, so so I can see", "an app and open X and …").
      "I'm [not very technical|new to this|building my first app][, so bear with me|].",
      "I'm [making|building|working on] an app.",
      'Could you help me [out|with something]?',
      'Hello! Small favour:',
    ],
    leads: [
      '',
      'could you [please|kindly|]',
      'can you [please|]',
      'would you [mind helping me|be able to]',
      "I'd love it if you could",
      'please',
    ],
    contexts: [
      'because I want to [show it to|demo it for] [my team|a client|my friend]',
      'so I can see [how it looks|if it works]',
      'before I [send it out|share it|publish it]',
      'just to check [it works|everything is fine]',
    ],
    closers: [
      '',
      '[Thanks|Thank you][ so much|!|]!',
      'Let me know how it goes.',
      'Thanks in advance!',
      'I really appreciate it.',
    ],
    deviceMention: 0.35,
  },
  {
    id: 'seeker',
    description: 'someone who knows what to find but not where it is',
    openers: ['', '', '[Hmm|Ugh|Okay],', '[Hi|Hey],'],
    // No "find and": a lead does not know the core's verb, and every use met one
    // that seeks already or seeks nothing ("can you find and find the map",
    // "help me find and get me signed in": 7 of 2,926 requests, none right).
    leads: ['', 'can you [help me|]', 'could you', 'please', 'would you'],
    contexts: ['[when you get a chance|if you have a minute]'],
    closers: ['', '[Thanks|Thank you]!'],
    lost: {
      openers: [
        // Spelled out: "[find|remember where] [it|this] [myself|is]" also made
        // "I can't find this is:" and "I can't remember where it myself:".
        // "remember where" apart: a core that says where drops only that one.
        "I can't [find it myself|find this anywhere]:",
        "I can't remember where it is:",
        "I've been [looking|hunting] for this [for ages|all morning]:",
        'I know it exists but not where:',
      ],
      contexts: [
        'because I [keep losing it|can never find it]',
        "since I [don't know|have no idea] which [screen|menu] it's on",
        'as I [got lost|gave up] [in the menus|looking]',
      ],
      closers: ['No idea [where it is|which menu], sorry.', "It's in there somewhere."],
    },
    deviceMention: 0.3,
  },
  {
    id: 'terse',
    description: 'a power user who writes short imperative requests',
    openers: ['', '', '', ''],
    leads: ['', '', ''],
    contexts: ['', 'asap', 'now'],
    closers: ['', '', '', 'thx', 'ty'],
    deviceMention: 0.35,
  },
];

/** Looks a persona up by id. */
export function personaById(id: string): Persona | undefined {
  return personas.find((p) => p.id === id);
}
