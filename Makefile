# Developer shortcuts. Both targets read the team's shared evaluation data
# (../shared/eval beside the checkout, or $VIGIL_SHARED).

.PHONY: eval bench

# Score extraction on every dev set, with the two baselines beside it.
eval:
	go run ./cmd/vigil eval

# Extraction speed (one goroutine) and memory on the dev sets and the
# boilerplate benchmark's article bodies.
bench:
	go run ./cmd/vigil bench
