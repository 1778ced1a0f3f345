// A two-tone chime through Web Audio: no sound file to load, and browsers
// allow it once the person has switched sound on (a user gesture creates the
// audio context).
export class Chime {
  private context: AudioContext | null = null;

  enable(): void {
    this.context ??= new AudioContext();
    void this.context.resume();
  }

  disable(): void {
    void this.context?.suspend();
  }

  play(): void {
    const context = this.context;
    if (!context || context.state !== 'running') return;
    const start = context.currentTime;
    [659.25, 523.25].forEach((frequency, index) => {
      const oscillator = context.createOscillator();
      const gain = context.createGain();
      oscillator.type = 'sine';
      oscillator.frequency.value = frequency;
      const at = start + index * 0.35;
      gain.gain.setValueAtTime(0.0001, at);
      gain.gain.exponentialRampToValueAtTime(0.3, at + 0.03);
      gain.gain.exponentialRampToValueAtTime(0.0001, at + 0.6);
      oscillator.connect(gain).connect(context.destination);
      oscillator.start(at);
      oscillator.stop(at + 0.65);
    });
  }
}
