/** Who is asking: shapes the words of the request and the answer, never the calls. */
export interface Persona {
  readonly id: string;
  readonly description: string;
}

/** The personas every family draws from (weights per family come with the grammar). */
export const personas: readonly Persona[] = [
  {
    id: 'developer',
    description: 'a technical developer who asks about internals, profiling and logs by name',
  },
  { id: 'builder', description: 'a non-technical app builder who describes the UI in plain words' },
  { id: 'seeker', description: 'someone who knows what to find but not where it is' },
  { id: 'terse', description: 'a power user who writes short imperative requests' },
];

/** Looks a persona up by id. */
export function personaById(id: string): Persona | undefined {
  return personas.find((p) => p.id === id);
}
