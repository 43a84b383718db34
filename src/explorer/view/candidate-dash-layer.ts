// The edge layer that draws candidate statements dashed: sigma 4's own colour, cut into dashes along the edge.
import type { EdgeLayer } from 'sigma/rendering';

/** The edge attribute (and sigma style variable) that asks for dashes: 1 for an unreviewed candidate, 0 otherwise. */
export const DASH_ATTRIBUTE = 'dash';

/** Dash and gap lengths in screen pixels: readable at any zoom, unlike lengths in graph units. */
const DASH_PIXELS = 6;
const GAP_PIXELS = 4;

/** WebGL's FLOAT, written out so the module needs no WebGL global when it is loaded. */
const GL_FLOAT = 0x1406;

/**
 * Replaces sigma's plain layer: an edge with `dash` 0 is drawn solid in its colour; one with `dash` 1 is transparent
 * in the gaps of a dash pattern measured from the source along the path (straight, curved or loop alike). sigma's
 * own `layerDashed` sits on top of a plain layer, so its gaps would show the solid edge below; and it has no way to
 * leave most edges solid. Alpha is antialiased at the dash ends like sigma's edges are at their sides.
 */
export function layerCandidateDash(): EdgeLayer {
  const glsl = /* glsl */ `
vec4 layer_candidateDash(EdgeContext ctx) {
  if (v_dash < 0.5) return v_color;
  float pixelToWorld = u_correctionRatio / u_sizeRatio;
  float dash = ${DASH_PIXELS.toFixed(1)} * pixelToWorld;
  float along = mod(ctx.distanceFromSource, ${(DASH_PIXELS + GAP_PIXELS).toFixed(1)} * pixelToWorld);
  float alpha = 1.0 - smoothstep(dash - ctx.aaWidth, dash + ctx.aaWidth, along);
  return vec4(v_color.rgb, v_color.a * alpha);
}
`;
  return {
    name: 'candidateDash',
    glsl,
    uniforms: [],
    attributes: [{ name: 'a_dash', size: 1, type: GL_FLOAT, source: DASH_ATTRIBUTE }],
  };
}
