/** The benefit path chart's drawing area, shared by its layout (worked out on the server) and its drawing (in the browser). */
export const chartFrame = {
  width: 640,
  height: 260,
  margin: { top: 16, right: 16, bottom: 36, left: 56 },
} as const;
