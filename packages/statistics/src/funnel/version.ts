/** Bumped whenever a change could alter any limit, z-score or band the engine reports. */
export const FUNNEL_ENGINE_VERSION = '1.0.0';
