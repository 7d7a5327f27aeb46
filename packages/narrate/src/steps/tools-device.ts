/** Step texts for device, app and capture tools: `{arg}` is an argument of the call. */
export const deviceToolTexts: Readonly<Record<string, readonly string[]>> = {
  // `{@first}` / `{@again}`: whether an earlier step listed them (android-boot lists again after booting).
  'list-devices': [
    '[Listing|Checking] the available devices[ first{@first}| again{@again}].',
    'Let me see which devices are [running|available][ now{@again}|].',
    '[First, the device list{@first}|Listing the devices again{@again}].',
  ],
  'boot-device': [
    'Booting {avdName}.',
    'Starting the {avdName} emulator.',
    'Booting the device {udid}.',
    '[Booting|Starting] the device.',
  ],
  'launch-app': [
    'Launching {bundleId}.',
    'Opening {bundleId} on the device.',
    'Starting the app ({bundleId}).',
  ],
  'restart-app': ['Restarting {bundleId}.', 'Relaunching {bundleId} from a fresh start.'],
  'reinstall-app': [
    'Reinstalling {bundleId} [to wipe its data|from {appPath}].',
    'Doing a clean reinstall of {bundleId}.',
  ],
  'open-url': ['Opening {url}.', 'Opening the link {url}.', 'Sending {url} to the device.'],
  button: ['Pressing the {button} button.', 'Hitting {button}.'],
  rotate: ['Rotating the device to {orientation}.', 'Setting the orientation to {orientation}.'],
  screenshot: [
    'Taking a screenshot.',
    'Capturing the screen.',
    'Grabbing a screenshot[ at scale {scale}|].',
  ],
  'screenshot-diff': [
    'Comparing against the baseline.',
    'Running a visual diff[ of {baselinePath} and {currentPath}|].',
    'Diffing the screenshots.',
  ],
  describe: [
    "Reading the screen's accessibility tree.",
    "Let me look at what's on screen.",
    'Describing the current screen to find the elements.',
  ],
  keyboard: [
    'Typing {q:text}.',
    'Entering {q:text}.',
    'Pressing the {key} key.',
    'Using the keyboard.',
  ],
  'run-sequence': [
    'Running the {#steps} steps as one sequence.',
    'Batching {#steps} steps into a single call.',
    'Doing these {#steps} steps in one go.',
  ],
  // `{@simulator}` keeps "simulator server" off a Chromium target (it read "Stopping every
  // simulator server." after a Chromium-only episode).
  'stop-simulator-server': [
    'Releasing the device {udid}.',
    'Stopping the simulator server{@simulator} for {udid}.',
  ],
  'stop-all-simulator-servers': [
    'Releasing all devices.',
    'Stopping every simulator server{@simulator}.',
  ],
  'stop-metro': ['Stopping Metro[ on port {port}|].', 'Shutting down the Metro server.'],
  'gather-workspace-data': [
    'Gathering workspace data for {workspacePath}.',
    'Taking a snapshot of {workspacePath}.',
  ],
  'update-argent': ['Applying the toolkit update.', 'Updating the toolkit.'],
  'dismiss-update': [
    'Snoozing update notices for {hours} hours.',
    'Dismissing the update notice for {hours} hours.',
  ],
};
