/** Step texts for gestures and browser tools: `{arg}` is an argument of the call. */
export const gestureToolTexts: Readonly<Record<string, readonly string[]>> = {
  'gesture-tap': ['Tapping at ({x}, {y}).', 'Tapping ({x}, {y}).', 'Tapping the point ({x}, {y}).'],
  'gesture-swipe': [
    'Swiping from ({fromX}, {fromY}) to ({toX}, {toY}).',
    'Swiping to move the content.',
    // "Swiping left the screen" lacked its preposition; "across" fits every direction.
    'Swiping [{@direction} across|along] the screen.',
  ],
  'gesture-scroll': [
    'Scrolling the page[ by {deltaY}|].',
    'Scrolling at ({x}, {y}).',
    'Scrolling with the wheel.',
  ],
  'gesture-drag': [
    'Dragging from ({fromX}, {fromY}) to ({toX}, {toY}).',
    'Dragging with the mouse.',
  ],
  'gesture-custom': [
    'Sending a custom touch sequence ({#events} events).',
    'Performing the touch sequence.',
  ],
  'gesture-pinch': [
    'Pinching at ({centerX}, {centerY}).',
    'Pinching from {startDistance} to {endDistance}.',
    'Doing a pinch gesture.',
  ],
  'gesture-rotate': [
    'Rotating with two fingers from {startAngle} to {endAngle} degrees.',
    'Doing a two-finger rotation at ({centerX}, {centerY}).',
  ],
  // By action (`tool:action`, see `toolText` in step-text.ts); the tool's own texts are for an action not
  // listed. Cookie names and storage keys are quoted: "Reading theme from local storage".
  // "Running the list tab action", "Cookies: get." read like the API, not like a person.
  'chromium-tabs': ['Working on the browser tabs.', "I'll handle the tabs next."],
  'chromium-tabs:list': [
    'Listing the open tabs.',
    'Checking which tabs are open.',
    "Let me see what's open in the browser.",
  ],
  'chromium-tabs:new': ['Opening {url} in a new tab.', 'Opening a new tab[ on {url}|].'],
  // Not "tab {tab}": the index counts from 0, "tab 0" is no name a person uses.
  'chromium-tabs:select': [
    'Switching to that tab.',
    'Bringing that tab to the front.',
    'Selecting the tab from the list.',
  ],
  'chromium-tabs:close': ['Closing that tab.', 'Closing the tab from the list.'],
  'chromium-cookies': ["Working on the site's cookies.", 'Checking the cookies.'],
  'chromium-cookies:get': [
    'Reading the {q:name} cookie.',
    'Checking what the {q:name} cookie holds.',
    "Reading the site's cookies.{!name}",
  ],
  'chromium-cookies:set': [
    'Setting the {q:name} cookie[ to {q:value}|].',
    'Writing the {q:name} cookie.',
  ],
  'chromium-cookies:delete': ['Deleting the {q:name} cookie.', 'Removing the {q:name} cookie.'],
  'chromium-cookies:clear': ["Clearing the site's cookies.", 'Deleting all cookies.'],
  'chromium-storage': ["Working on the page's storage.", 'Checking the [{store} |]storage.'],
  'chromium-storage:get': [
    'Reading the {q:key} entry from {store} storage.',
    'Checking what {q:key} holds in {store} storage.',
    "Reading what's in {store} storage.{!key}",
  ],
  'chromium-storage:set': [
    'Setting {q:key} in {store} storage[ to {q:value}|].',
    'Writing {q:key} to {store} storage.',
  ],
  'chromium-storage:remove': ['Removing {q:key} from {store} storage.'],
  'chromium-storage:clear': ['Clearing {store} storage.', 'Emptying {store} storage.'],
};
