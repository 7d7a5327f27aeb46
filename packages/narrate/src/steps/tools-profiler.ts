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
  // By mode (`tool:mode`, see `toolText` in step-text.ts): "Drilling into CPU (top_functions)" named the API's
  // mode; the tool's own texts are for a mode not listed.
  'profiler-cpu-query': ['Querying the CPU data.', 'Drilling into the CPU profile.'],
  'profiler-cpu-query:top_functions': [
    'Getting the functions that used the most CPU.',
    'Listing the top[ {top_n}|] CPU functions.',
  ],
  'profiler-cpu-query:time_window': [
    'Looking at CPU use in a time window.',
    'Narrowing the CPU data to a time window.',
  ],
  'profiler-cpu-query:call_tree': [
    'Reading the call tree of {function_name}.',
    'Checking where {function_name} spends its time.',
    'Reading the CPU call tree.',
  ],
  'profiler-cpu-query:component_cpu': [
    'Checking how much CPU {component_name} uses.',
    'Measuring the CPU time of {component_name}.',
    'Checking CPU time per component.',
  ],
  'profiler-commit-query': ['Querying the React commits.', 'Drilling into the commits.'],
  'profiler-commit-query:by_component': [
    'Looking at the commits of {component_name}.',
    'Checking when {component_name} re-rendered.',
  ],
  'profiler-commit-query:by_time_range': [
    'Looking at the React commits in a time range.',
    'Reading the commits inside a time window.',
  ],
  'profiler-commit-query:by_index': [
    'Opening commit {commit_index} in detail.',
    'Reading what commit {commit_index} rendered.',
    'Looking at a single React commit.',
  ],
  'profiler-commit-query:cascade_tree': [
    'Tracing the render cascade of a commit.',
    'Checking which updates caused the re-renders.',
  ],
  'profiler-stack-query': ['Querying the native stacks.', 'Drilling into the native trace.'],
  'profiler-stack-query:hang_stacks': [
    'Reading the stacks behind the hang.',
    'Checking where the main thread hung.',
  ],
  'profiler-stack-query:function_callers': [
    'Finding what calls {function_name}.',
    'Listing the callers of {function_name}.',
  ],
  'profiler-stack-query:thread_breakdown': [
    'Breaking the trace down by thread.',
    'Checking time per thread[ for {thread}|].',
  ],
  'profiler-stack-query:leak_stacks': [
    'Reading the stacks of leaked objects.',
    'Checking where the leaked[ {object_type}|] objects came from.',
  ],
  'profiler-combined-report': [
    'Combining the React and native reports.',
    'Producing the combined report.',
  ],
  'profiler-load': ['Loading a saved profiler session.', 'Opening the saved profiling data.'],
  'profiler-load:list': [
    'Listing the saved profiler sessions.',
    'Checking which profiling sessions were saved.',
  ],
  'profiler-load:load_react': [
    'Loading session {session_id}.',
    'Loading the React session {session_id}.',
  ],
  'profiler-load:load_native': [
    'Loading the native session {session_id}.',
    'Opening native session {session_id}.',
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
