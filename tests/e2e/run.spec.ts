import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { builderToQuery, fillTemplate, stateFromTemplate, toComfyUiWorkflow } from '../../src/lib';
import { openTool, waitForWidgets } from './support/fixtures';
import { useTheme, wcagTags } from './support/site';

const openBuilder = (page: Page, search = '') => openTool(page, '/tools/builder/', search, '.builder');

const settings = (page: Page) => page.getByTestId('run-settings');
const output = (page: Page) => page.getByTestId('export-output');
/** Opens the run panel (it loads on demand) and waits for its fields. */
async function openRun(page: Page) {
  await page.getByText('Run settings and files: ComfyUI, diffusers, BFL API, JSON').click();
  await expect(page.getByTestId('run-exports')).toBeVisible();
}

test.describe('run settings and exports', () => {
  test('sets size and seed for distilled [klein], keeps them in the link, and writes the ComfyUI workflow to download', async ({ page }) => {
    await openBuilder(page, '?template=freckled-portrait&model=flux2-klein-4b');
    await openRun(page);
    await expect(settings(page)).toContainText('Run settings for FLUX.2 [klein] 4B');
    await expect(page.getByTestId('run-fixed')).toContainText('Steps 4, guidance 1, fixed.');
    await expect(page.getByTestId('run-no-negative')).toContainText('No negative prompt field');
    await expect(settings(page).getByLabel('Steps')).toHaveCount(0);
    // A portrait template starts upright, as a photographer holds the camera for one.
    await expect(settings(page).getByLabel('Width')).toHaveValue('832');
    await expect(settings(page).getByLabel('Height')).toHaveValue('1248');

    await settings(page).getByLabel('Size').selectOption({ label: 'Portrait 2:3 (832 × 1248)' });
    await expect(settings(page).getByLabel('Width')).toHaveValue('832');
    await expect(settings(page).getByLabel('Height')).toHaveValue('1248');
    await settings(page).getByLabel('Seed').fill('123456');
    await expect(page).toHaveURL(/\?s=/);

        const workflow = JSON.parse((await output(page).textContent()) ?? '');
    const expected = toComfyUiWorkflow({ prompt: fillTemplate('freckled-portrait'), model: 'flux2-klein-4b', width: 832, height: 1248, seed: 123456 });
    expect(expected.ok && JSON.parse(expected.text)).toEqual(workflow);
    await expect(page.getByTestId('comfyui-files').getByRole('link', { name: 'flux-2-klein-4b.safetensors' })).toHaveAttribute(
      'href',
      'https://huggingface.co/Comfy-Org/flux2-klein/resolve/main/split_files/diffusion_models/flux-2-klein-4b.safetensors',
    );
    await expect(page.getByTestId('comfyui-files')).toContainText('flux-2-klein-4b.safetensors in ComfyUI/models/diffusion_models/');
    await expect(page.getByTestId('comfyui-queue')).toContainText("jq '{prompt: .}' 'flux2-klein-4b-comfyui-123456.json' | curl");
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download flux2-klein-4b-comfyui-123456.json' }).click();
    expect((await download).suggestedFilename()).toBe('flux2-klein-4b-comfyui-123456.json');

    // The link now carries run settings, so the panel opens by itself.
    await page.reload();
    await waitForWidgets(page, '.builder');
    await expect(page.getByTestId('run-exports')).toBeVisible();
    await expect(settings(page).getByLabel('Seed')).toHaveValue('123456');
    await expect(settings(page).getByLabel('Size')).toHaveValue('2:3');
    await settings(page).getByRole('button', { name: 'New seed' }).click();
    await expect(settings(page).getByLabel('Seed')).not.toHaveValue('123456');
  });

  test('offers steps, guidance, GPU memory and a negative prompt for [klein] base, and each export follows them', async ({ page }) => {
    await openBuilder(page, '?template=freckled-portrait&model=flux2-klein-base-4b');
    await openRun(page);
    // Left empty, each export writes its own front end's default: the official graph's 20 at CFG 5.
    await expect(settings(page).getByLabel('Steps')).toHaveValue('');
    await expect(page.getByTestId('run-defaults')).toContainText('steps diffusers 50, ComfyUI 20; guidance diffusers 4, ComfyUI 5');
    await expect(output(page)).toContainText('"cfg": 5');
    await expect(output(page)).toContainText('"steps": 20');
    await settings(page).getByLabel('Steps').fill('28');
    await settings(page).getByLabel('Guidance').fill('5');
    await settings(page).getByLabel('Negative prompt').fill('plastic "skin"');
        await expect(output(page)).toContainText('"text": "plastic \\"skin\\""');
    await expect(output(page)).toContainText('"cfg": 5');
    await page.getByLabel('Export as').selectOption({ label: 'diffusers script (Python)' });
    await expect(output(page)).toContainText('Flux2KleinPipeline.from_pretrained("black-forest-labs/FLUX.2-klein-base-4B", torch_dtype=torch.bfloat16)');
    await expect(output(page)).toContainText('num_inference_steps=28,');
    await expect(output(page)).toContainText('guidance_scale=5.0,');
    await expect(output(page)).toContainText('pipe = pipe.to("cuda")');
    // A 12 GB card: the parts take turns on the card, and the link keeps the choice.
    await settings(page).getByLabel('GPU memory').selectOption({ label: '12 GB' });
    await expect(output(page)).toContainText('pipe.enable_model_cpu_offload()');
    const sharedRun = () => JSON.parse(Buffer.from(new URL(page.url()).searchParams.get('s') ?? '', 'base64url').toString('utf8') || '{}').run;
    await expect.poll(sharedRun).toMatchObject({ gpuMemoryGb: 12, steps: 28, guidance: 5 });
    await page.getByLabel('Export as').selectOption({ label: 'BFL API request: curl (shell)' });
    await expect(output(page)).toContainText('not offered on BFL’s API');

    // Switching to the distilled model fits the settings to it: fixed steps, no negative prompt.
    await page.getByLabel('Model', { exact: true }).selectOption({ label: 'FLUX.2 [klein] 4B' });
    await expect(page.getByTestId('run-fixed')).toContainText('Steps 4, guidance 1, fixed.');
    await expect(settings(page).getByLabel('Negative prompt')).toHaveCount(0);
    await expect(output(page)).toContainText('"/v1/flux-2-klein-4b"'.slice(1, -1));
  });

  test('writes the BFL API request with the key left to the environment, and explains impossible sizes', async ({ page }) => {
    await openBuilder(page, '?template=freckled-portrait&model=flux2-pro');
    await openRun(page);
    await expect(page.getByTestId('run-fixed')).toContainText('BFL picks them');
        await page.getByLabel('Export as').selectOption({ label: 'BFL API request: curl (shell)' });
    await expect(output(page)).toContainText("curl -sS -X POST 'https://api.bfl.ai/v1/flux-2-pro'");
    await expect(output(page)).toContainText('x-key: ${BFL_API_KEY}');
    await expect(output(page)).toContainText('"prompt_upsampling":false}');
    await settings(page).getByLabel('Width').fill('2560');
    // The portrait template starts upright at 832 × 1248.
    await expect(output(page)).toContainText('2560 × 1248 has a side over 2048 pixels');
    // Ultra takes the size's aspect ratio, in raw mode.
    await page.getByLabel('Model', { exact: true }).selectOption({ label: 'FLUX1.1 [pro] Ultra' });
    await settings(page).getByLabel('Size').selectOption({ label: 'Landscape 3:2 (1248 × 832)' });
    await expect(page.getByTestId('run-aspect')).toContainText('this one sends 3:2');
    await expect(output(page)).toContainText("'https://api.bfl.ai/v1/flux-pro-1.1-ultra'");
    await expect(page.getByTestId('run-aspect')).toContainText('raw: true, BFL’s raw mode');
    await expect(output(page)).toContainText('"aspect_ratio":"3:2","seed":0,"raw":true,"prompt_upsampling":false}');
    await settings(page).getByLabel('Let BFL rewrite the prompt first (prompt upsampling)').check();
    await expect(output(page)).toContainText('"raw":true,"prompt_upsampling":true}');
    await settings(page).getByLabel('Width').fill('1000');
    await expect(settings(page).getByRole('alert')).toHaveText('The width must be a multiple of 16: 1000 is not (try 992 or 1008).');
    await expect(output(page)).toHaveText('The width must be a multiple of 16: 1000 is not (try 992 or 1008).');
  });

  test('opens a link made before run settings existed with the model’s defaults', async ({ page }) => {
    // Such a link carried neither run settings nor the template's shape: it opens square, as it did.
    const { run: _run, shape: _shape, ...old } = { ...stateFromTemplate('freckled-portrait', 'flux2-klein-9b'), run: undefined };
    await openBuilder(page, builderToQuery(old)!);
    await openRun(page);
    await expect(page.getByRole('alert')).toHaveCount(0);
    await expect(settings(page)).toContainText('Run settings for FLUX.2 [klein] 9B');
    await expect(settings(page).getByLabel('Size')).toHaveValue('1:1');
    await expect(settings(page).getByLabel('Seed')).toHaveValue('0');
  });

  for (const theme of ['light', 'dark'] as const) {
    test(`run settings with a problem and the ComfyUI export pass axe in the ${theme} theme`, async ({ page }) => {
      await useTheme(page, theme);
      await openBuilder(page, '?template=freckled-portrait&model=flux2-klein-base-9b');
      await openRun(page);
      await settings(page).getByLabel('Height').fill('1000');
      await expect(settings(page).getByRole('alert')).toBeVisible();
      const results = await new AxeBuilder({ page }).include('.builder__export').withTags(wcagTags).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
    });
  }
});
