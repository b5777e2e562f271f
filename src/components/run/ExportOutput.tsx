import { useRef } from 'react';
import { copyMessages, copyText } from '../copy/copy-text';
import { downloadText } from '../files/download';
import { useAnnouncer } from '../status/useAnnouncer';

interface Props {
  /** What the text is, for the output's accessible name and the buttons ("ComfyUI workflow"). */
  label: string;
  text: string;
  /** The name the download gets; no download button without one. */
  fileName?: string;
  mimeType?: string;
}

/** An export's text with copy and download buttons. */
export function ExportOutput({ label, text, fileName, mimeType = 'text/plain' }: Props) {
  const output = useRef<HTMLPreElement>(null);
  const [status, setStatus] = useAnnouncer(4000);
  return (
    <>
      <pre className="builder__code" ref={output} tabIndex={0} aria-label={`${label} output`} data-testid="export-output">
        <code>{text}</code>
      </pre>
      <div className="builder__row">
        <button type="button" className="fpg-button" onClick={async () => setStatus(copyMessages[await copyText(text, output.current)])}>
          Copy {label}
        </button>
        {fileName && (
          <button
            type="button"
            className="fpg-button"
            onClick={() => {
              downloadText(fileName, text, `${mimeType};charset=utf-8`);
              setStatus(`Downloading ${fileName}`);
            }}
          >
            Download {fileName}
          </button>
        )}
        <span role="status" className="builder__status">
          {status}
        </span>
      </div>
    </>
  );
}
