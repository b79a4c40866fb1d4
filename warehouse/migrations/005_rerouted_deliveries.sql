-- Deliveries whose channel left the config are marked, and can be handed to the channels
-- configured now (`troopwatch alerts --retry --reroute`).
COMMENT ON COLUMN deliveries.state IS 'pending, sent, orphaned (its channel is no longer in the config: nothing will send it; `troopwatch alerts --retry --reroute` hands it to the channels configured now) or rerouted (handed to the channels configured now).';
