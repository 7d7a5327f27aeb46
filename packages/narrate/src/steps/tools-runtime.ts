/** Step texts for the JS debugger and the native devtools: `{arg}` is an argument of the call. */
export const runtimeToolTexts: Readonly<Record<string, readonly string[]>> = {
  'debugger-connect': [
    'Connecting the debugger[ on port {port}|].',
    'Attaching to the JS runtime.',
  ],
  'debugger-status': [
    'Checking the debugger connection.',
    'Is the debugger still connected? Checking.',
  ],
  'debugger-reload-metro': ['Reloading the JS bundle.', 'Triggering a Metro reload.'],
  'debugger-evaluate': [
    'Evaluating `{expression}` in the runtime.',
    'Running an expression in the JS runtime.',
  ],
  'debugger-component-tree': [
    'Reading the React component tree.',
    'Getting the component tree with tap points.',
    'Looking at the component tree.',
  ],
  'debugger-inspect-element': [
    'Inspecting the element at ({x}, {y}).',
    'Checking which component sits at ({x}, {y}).',
  ],
  'debugger-log-registry': ['Reading the console log registry.', 'Checking the console logs.'],
  'view-network-logs': [
    'Reading the network log.',
    'Looking at the recent requests[ (page {pageIndex})|].',
  ],
  'view-network-request-details': [
    'Opening request {requestId} in full.',
    'Reading the details of request {requestId}.',
  ],
  'native-devtools-status': [
    'Checking that native devtools are connected to {bundleId}.',
    'Checking native injection.',
  ],
  'native-network-logs': [
    'Reading the native network capture.',
    'Checking native HTTP traffic of {bundleId}.',
  ],
  'native-find-views': [
    'Searching the UIKit views[ for {q:label}| for {identifier}| of class {className}|].',
    'Looking for the native view[ labelled {q:label}|].',
  ],
  'native-full-hierarchy': [
    'Dumping the full UIKit hierarchy.',
    'Reading the whole native view tree.',
  ],
  'native-describe-screen': [
    "Describing the app's native screen.",
    'Reading the native accessibility leaves.',
  ],
  'native-view-at-point': [
    'Checking the view at ({x}, {y}) points.',
    'Finding the deepest view at ({x}, {y}).',
  ],
  'native-user-interactable-view-at-point': [
    'Checking which view would receive a touch at ({x}, {y}).',
    'Hit-testing ({x}, {y}).',
  ],
};
