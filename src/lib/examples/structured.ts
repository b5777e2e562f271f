import { getFragment } from '../fragments';

/**
 * A FLUX.2 structured (JSON) prompt, shaped like Black Forest Labs' own example
 * (https://docs.bfl.ai/guides/usecases_t2i_json_prompting): the keys are BFL's; the
 * lighting, camera and detail values are catalogue fragments, so the words exist once.
 * BFL says FLUX.2 reads JSON and prose equally well; its skills repository recommends
 * flattening JSON to prose before sending. The guide shows both views.
 */
export const structuredPromptExample = {
  scene: 'a woodworking workshop in the late afternoon',
  subjects: [
    {
      description: 'an old carpenter with a grey beard in a canvas apron',
      position: 'standing at the workbench on the left of the frame',
      action: 'planing a long oak board',
    },
  ],
  style: getFragment('scene.captured-in-moment').text,
  color_palette: ['warm honey oak', 'faded indigo canvas', 'soft grey concrete'],
  lighting: getFragment('light.window-light-right').text,
  mood: 'quiet, focused',
  background: getFragment('scene.workshop-tools').text,
  composition: 'medium shot, the carpenter on the left third',
  camera: {
    angle: 'eye level',
    lens: getFragment('lens.neutral-50mm').text,
    depth_of_field: 'the carpenter sharp, the back wall softly out of focus',
    'lens-mm': 50,
    'f-number': 'f/2.8',
    ISO: 200,
  },
} as const;

/** The example as it would be sent: pretty-printed JSON, two-space indent. */
export const structuredPromptJson: string = JSON.stringify(structuredPromptExample, null, 2);
