/** Step texts for the profilers and flows: `{arg}` is an argument of the call. */
export const profilerToolTexts: Readonly<Record<string, readonly string[]>> = {
  'react-profiler-start': ['Starting the React profiler.', 'Starting CPU and commit capture.'],
  'react-profiler-stop': ['Stopping the React profiler.', 'Stopping the React capture.'],
  'react-profiler-status': [
    'Checking the profiler session state.',
    'Checking whether the profiler is still running.',
  ],
  'react-profiler-analyze': [
    'Analyzing the React profile.',
    'Building the React performance report.',
  ],
  'react-profiler-component-source': [
    'Finding the source of {component_name}.',
    'Locating {component_name} in the project.',
  ],
  'react-profiler-cpu-summary': [
    'Summarizing the CPU hotspots.',
    'Getting the top[ {top_n}|] CPU hotspots.',
  ],
  'react-profiler-renders': [
    'Reading render counts and durations.',
    'Checking which components rendered most.',
  ],
  'react-profiler-fiber-tree': [
    'Reading the fiber tree.',
    'Dumping the fiber tree[ filtered by {filter}|].',
  ],
  'native-profiler-start': ['Starting the native profiler.', 'Starting a native trace.'],
  'native-profiler-stop': [
    'Stopping the native profiler.',
    'Stopping and exporting the native trace.',
  ],
  'native-profiler-analyze': ['Analyzing the native trace.', 'Building the native report.'],
  'profiler-cpu-query': [
    'Querying the CPU data ({mode}).',
    'Drilling into CPU[ for {component_name}|] ({mode}).',
  ],
  'profiler-commit-query': [
    'Querying the React commits ({mode}).',
    'Drilling into commits ({mode}).',
  ],
  'profiler-stack-query': [
    'Querying the native stacks ({mode}).',
    'Drilling into the native trace ({mode}).',
  ],
  'profiler-combined-report': [
    'Combining the React and native reports.',
    'Producing the combined report.',
  ],
  'profiler-load': [
    'Loading profiler sessions ({mode}).',
    'Loading session {session_id}.',
    'Working with saved profiler sessions ({mode}).',
  ],
  'flow-start-recording': [
    'Starting to record the flow {q:name}.',
    'Recording a new flow, {q:name}.',
  ],
  'flow-add-step': ['Recording a {command} step.', 'Adding a {command} step to the flow.'],
  'flow-add-echo': ['Adding a label step: {q:message}.', 'Recording the note {q:message}.'],
  'flow-finish-recording': ['Finishing the recording.', 'Writing the flow file.'],
  'flow-read-prerequisite': [
    'Reading the prerequisite of {q:name}.',
    'Checking what {q:name} needs first.',
  ],
  'flow-execute': ['Running the flow {q:name}.', 'Replaying {q:name}.'],
};
