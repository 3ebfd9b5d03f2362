"""Model architectures: configuration and forward passes."""
