// Small DOM stand-ins for @tarojs/components: enough to render and click in jsdom.
import type { CSSProperties, ReactNode } from 'react';

interface Common {
  className?: string;
  style?: CSSProperties;
  children?: ReactNode;
  onClick?: () => void;
  hoverClass?: string;
}

/** jsdom drops CSS it cannot parse (gradients), so the style a component asked for is also kept as JSON. */
const styleData = (style?: CSSProperties) => (style ? JSON.stringify(style) : undefined);

/** data-* attributes pass through, as they do in Taro's H5 components. */
const dataAttributes = (props: object) =>
  Object.fromEntries(Object.entries(props).filter(([key]) => key.startsWith('data-')));

export const View = ({ className, style, children, onClick, ...rest }: Common & Record<`data-${string}`, unknown>) => (
  <div className={className} style={style} data-style={styleData(style)} onClick={onClick} {...dataAttributes(rest)}>
    {children}
  </div>
);

/** A scroll view is a plain box in jsdom. */
export const ScrollView = ({
  className,
  style,
  children,
}: Common & { scrollX?: boolean; scrollY?: boolean; enableFlex?: boolean; showScrollbar?: boolean }) => (
  <div className={className} style={style}>
    {children}
  </div>
);

export const Text = ({ className, style, children, onClick }: Common) => (
  <span className={className} style={style} onClick={onClick}>
    {children}
  </span>
);

export const Image = ({ className, src, style }: Common & { src: string; mode?: string }) => (
  <img className={className} src={src} style={style} alt="" />
);

interface InputProps extends Common {
  value?: string;
  placeholder?: string;
  type?: string;
  maxlength?: number;
  onInput?: (event: { detail: { value: string } }) => void;
  onConfirm?: () => void;
}

export const Input = ({ className, value, placeholder, onInput, onConfirm }: InputProps) => (
  <input
    className={className}
    value={value}
    placeholder={placeholder}
    onChange={(event) => onInput?.({ detail: { value: event.target.value } })}
    onKeyDown={(event) => event.key === 'Enter' && onConfirm?.()}
  />
);

interface PickerProps extends Common {
  value?: string;
  disabled?: boolean;
  onChange?: (event: { detail: { value: string } }) => void;
}

/** Renders its children and a hidden date input that tests can change to "pick" a value. */
export const Picker = ({
  children,
  onChange,
  value,
  disabled,
}: PickerProps & { mode?: string; start?: string; end?: string }) => (
  <div className="picker">
    {children}
    <input
      data-testid="picker"
      type="date"
      disabled={disabled}
      defaultValue={value}
      onChange={(event) => onChange?.({ detail: { value: event.target.value } })}
    />
  </div>
);

export const Button = ({ className, children, onClick }: Common) => (
  <button className={className} onClick={onClick} type="button">
    {children}
  </button>
);

/** A multi-line field: a <textarea> that reports typing like Taro's (`detail.value`). */
export const Textarea = ({ className, value, placeholder, onInput }: InputProps) => (
  <textarea
    className={className}
    value={value}
    placeholder={placeholder}
    onChange={(event) => onInput?.({ detail: { value: event.target.value } })}
  />
);

/** A canvas is an empty box in jsdom (the chart draws nothing there; its maths is tested on its own). */
export const Canvas = ({ className, style, id }: Common & { id?: string; type?: string; canvasId?: string }) => (
  <canvas className={className} style={style} id={id} />
);
