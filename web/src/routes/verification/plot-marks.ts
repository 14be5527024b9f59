/**
 * The parts of Observable Plot the charts use. plot-figure.tsx imports this module dynamically:
 * naming the parts here, instead of importing Plot's whole namespace, lets the build leave out
 * the marks no chart draws. A chart that needs another mark adds it here.
 */
export { areaY, line, plot, ruleY, text } from '@observablehq/plot';
