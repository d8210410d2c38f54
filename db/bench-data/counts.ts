/** How much bench data to build: the large municipality of the speed budgets. */
export type BenchCounts = {
  departments: number;
  users: number;
  projects: number;
  statusReportsPerProject: number;
  benefits: number;
  measurements: number;
  risks: number;
  involvements: number;
  zones: number;
  experiments: number;
  finishedExperiments: number;
  ideas: number;
  /** Entries of the Erfaringsbank: finished experiments, closed projects' learnings and inspirations together. */
  learningsAndInspirations: number;
  pastMeetings: number;
};

export const benchCounts: BenchCounts = {
  departments: 20,
  users: 600,
  projects: 1500,
  statusReportsPerProject: 4,
  benefits: 3000,
  measurements: 20_000,
  risks: 5000,
  involvements: 3000,
  zones: 40,
  experiments: 400,
  finishedExperiments: 150,
  ideas: 2000,
  learningsAndInspirations: 500,
  pastMeetings: 120,
};
