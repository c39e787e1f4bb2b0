"use client";

import { Component, type ReactNode } from "react";

interface Props {
  onError: (error: Error) => void;
  children: ReactNode;
}

/** Catches a failed GLB load inside the canvas and reports it, so the DOM shows the error state. */
export class ViewerErrorBoundary extends Component<Props, { failed: boolean }> {
  state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  componentDidCatch(error: Error) {
    this.props.onError(error);
  }

  render() {
    return this.state.failed ? null : this.props.children;
  }
}

/** A short message for a loader error: the HTTP status when there is one. */
export function describeLoadError(error: Error): string {
  const status = /responded with (\d{3})/.exec(error.message)?.[1];
  if (status === "404") return "The model file was not found (404).";
  if (status) return `The model could not be downloaded (HTTP ${status}).`;
  return "The model could not be loaded.";
}
