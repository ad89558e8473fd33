import { useId, useState } from 'react';
import type { DragEvent, ReactNode } from 'react';
import './file-dropzone.css';

interface FileDropzoneProps {
  /** Accepted extensions for the file picker (`.mbtiles,.pmtiles,…`). */
  readonly accept: string;
  readonly busy: boolean;
  /** A file was chosen already: the button then reads "choose another" and is no longer the primary action. */
  readonly hasFile: boolean;
  readonly chooseLabel: string;
  readonly chooseAnotherLabel: string;
  readonly inputTestId: string;
  readonly onFile: (file: File) => void;
  /** Below the button: the formats and the size limit. */
  readonly children?: ReactNode;
}

/** Drop a file here or choose one: the top of the "add a file" dialogs (layers, basemaps). */
export function FileDropzone(props: FileDropzoneProps) {
  const inputId = useId();
  const [dragging, setDragging] = useState(false);

  function onDrop(event: DragEvent<HTMLDivElement>): void {
    event.preventDefault();
    setDragging(false);
    const dropped = event.dataTransfer.files[0];
    if (dropped && !props.busy) props.onFile(dropped);
  }

  return (
    <div
      className="file-dropzone"
      data-dragging={dragging}
      onDragOver={(event) => {
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
    >
      <label
        htmlFor={inputId}
        className={props.hasFile ? 'button' : 'button button-primary'}
        aria-disabled={props.busy}
      >
        {props.hasFile ? props.chooseAnotherLabel : props.chooseLabel}
      </label>
      <input
        id={inputId}
        className="visually-hidden"
        type="file"
        accept={props.accept}
        disabled={props.busy}
        data-testid={props.inputTestId}
        onChange={(event) => {
          const chosen = event.target.files?.[0];
          // Cleared so choosing the same file again (after fixing it) fires a change.
          event.target.value = '';
          if (chosen) props.onFile(chosen);
        }}
      />
      {props.children}
    </div>
  );
}
