import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { LabelledProgress } from './LabelledProgress';

describe('LabelledProgress', () => {
  it('names the progressbar with its label and keeps its value', () => {
    render(<LabelledProgress label="16 dari 31 unit kerja sudah ditetapkan" percent={52} />);
    const bar = screen.getByRole('progressbar', { name: '16 dari 31 unit kerja sudah ditetapkan' });
    expect(bar.getAttribute('aria-valuenow')).toBe('52');
  });

  it('keeps a full bar in its own colours: antd’s green "success" text fails the contrast check', () => {
    const { container } = render(
      <LabelledProgress label="Prioritas 100" percent={100} format={() => '100'} />,
    );
    expect(container.querySelector('.ant-progress-status-success')).toBeNull();
    expect(screen.getByText('100')).toBeTruthy();
  });
});
