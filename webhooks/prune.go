package webhooks

import (
	"encoding/json"
	"time"

	bolt "go.etcd.io/bbolt"
)

// prune deletes events created before cutoff whose deliveries and actions
// are all final, with those deliveries and actions, and events sent to no
// one. Events still inside the checkpoints' window stay, so that a reorg
// can still find them.
func (s *Store) prune(cutoff time.Time) (int, error) {
	n := 0
	err := s.db.Update(func(tx *bolt.Tx) error {
		cps, err := readCheckpoints(tx)
		if err != nil {
			return err
		}
		var floor uint64 // events at or above the oldest checkpoint stay
		if len(cps) > 0 {
			floor = cps[0].Number
		}
		var old []eventRecord
		err = tx.Bucket(bEvents).ForEach(func(_, v []byte) error {
			var ev eventRecord
			if err := json.Unmarshal(v, &ev); err != nil {
				return err
			}
			// An event nobody was sent (a fact found while no endpoint
			// wanted it) goes as soon as no reorg can reach it.
			unsent := len(ev.Deliveries) == 0 && len(ev.Actions) == 0 && ev.Block != 0 && ev.Block < floor
			if unsent || (ev.Created.Before(cutoff) && (ev.Block == 0 || ev.Block < floor)) {
				old = append(old, ev)
			}
			return nil
		})
		if err != nil {
			return err
		}
	next:
		for _, ev := range old {
			var dls []Delivery
			for _, id := range ev.Deliveries {
				d, err := getDelivery(tx, id)
				if isNotFound(err) {
					continue
				}
				if err != nil {
					return err
				}
				if d.Status == DeliveryPending {
					continue next
				}
				dls = append(dls, d)
			}
			for _, id := range ev.Actions {
				var a action
				if err := getJSON(tx.Bucket(bActions), u64(id), &a); err == nil && a.Status == actionPending {
					continue next
				}
			}
			for _, d := range dls {
				if err := tx.Bucket(bDeliveries).Delete(u64(d.ID)); err != nil {
					return err
				}
				if err := tx.Bucket(bByEndpoint).Delete(cat(u64(d.EndpointID), u64(d.ID))); err != nil {
					return err
				}
			}
			for _, id := range ev.Actions {
				if err := tx.Bucket(bActions).Delete(u64(id)); err != nil {
					return err
				}
			}
			if err := tx.Bucket(bEventsBlock).Delete(cat(u64(ev.Block), []byte(ev.ID))); err != nil {
				return err
			}
			if err := tx.Bucket(bEvents).Delete([]byte(ev.ID)); err != nil {
				return err
			}
			n++
		}
		return nil
	})
	return n, err
}
