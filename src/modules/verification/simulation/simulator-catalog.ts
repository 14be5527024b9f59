/**
 * Reference data for the simulator: accelerator models with their peak dense BF16 FLOP/s (vendor
 * data sheets, without sparsity) and board power, and names for facilities, operators and developers.
 */

export interface AcceleratorSpec {
  model: string;
  peakFlops: number;
  /** Board power at full load, kW (for the simulated energy meter). */
  kw: number;
  /** Relative frequency in simulated fleets. */
  weight: number;
}

export const ACCELERATORS: readonly AcceleratorSpec[] = [
  { model: 'NVIDIA H100 SXM', peakFlops: 989e12, kw: 0.7, weight: 5 },
  { model: 'NVIDIA H200 SXM', peakFlops: 989e12, kw: 0.7, weight: 3 },
  { model: 'NVIDIA B200', peakFlops: 2.25e15, kw: 1.0, weight: 2 },
  { model: 'AMD MI300X', peakFlops: 1.3074e15, kw: 0.75, weight: 2 },
  { model: 'NVIDIA A100 SXM', peakFlops: 312e12, kw: 0.4, weight: 2 },
  { model: 'Google TPU v5p', peakFlops: 459e12, kw: 0.45, weight: 1 },
];

export const JURISDICTIONS = [
  'USA',
  'CHN',
  'GBR',
  'FRA',
  'DEU',
  'JPN',
  'KOR',
  'IND',
  'CAN',
  'ARE',
  'SAU',
  'SGP',
  'NLD',
  'SWE',
  'BRA',
  'AUS',
  'ISR',
  'FIN',
  'NOR',
  'IRL',
];

export const PLACES = [
  'Northwind',
  'Cedar Falls',
  'Harbor Point',
  'Glacier Bay',
  'Red Mesa',
  'Silver Lake',
  'Iron Ridge',
  'Blue Fjord',
  'Sandstone',
  'Pine Hollow',
  'Stormhaven',
  'Copper Basin',
  'Wolf Creek',
  'Amber Vale',
  'High Plains',
  'Coral Coast',
  'Eastgate',
  'Obsidian',
  'Larkspur',
  'Tidewater',
];

export const OPERATORS = [
  'Helios Compute',
  'Meridian Cloud',
  'Atlas Datacenters',
  'Boreal Systems',
  'Quasar Infrastructure',
  'Vantage AI Cloud',
  'Orion Hosting',
  'Cobalt Grid',
];

export const DEVELOPERS = [
  'Aleph Labs',
  'Bright Mind AI',
  'Cortex Research',
  'Deepwell',
  'Epoch Forge',
  'Fathom Intelligence',
  'Gradient Works',
  'Horizon Models',
];

export const CUSTOMERS = [
  'internal',
  'acme-retail',
  'globex-bank',
  'initech-health',
  'umbrella-gov',
  'soylent-foods',
  'hooli-search',
  'stark-eng',
];
