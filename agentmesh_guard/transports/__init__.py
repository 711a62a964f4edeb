"""Transports: how envelopes reach the guard and go on to their recipients.

``inprocess`` needs nothing but the guard; ``nats`` (the only module that imports
``nats``) puts the guard on a NATS bus as a sidecar.
"""
