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
  'chromium-tabs': [
    '[Working with|Managing] the tabs ({action}).',
    'Tabs: {action}[ {url}|].',
    'Running the {action} tab action.',
  ],
  'chromium-cookies': [
    'Cookies: {action}[ {name}|].',
    'Running the cookie {action} action[ for {name}|].',
  ],
  'chromium-storage': [
    'Storage: {action} in {store} storage[ for {key}|].',
    'Running {action} on {store} storage.',
  ],
};
