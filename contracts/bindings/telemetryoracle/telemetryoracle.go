// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package telemetryoracle

import (
	"bytes"
	"errors"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Reference imports to suppress errors if they are not otherwise used.
var (
	_ = bytes.Equal
	_ = errors.New
	_ = big.NewInt
	_ = common.Big1
	_ = types.BloomLookup
	_ = abi.ConvertType
)

// TelemetryOracleEpochRecord is an auto generated low-level Go binding around an user-defined struct.
type TelemetryOracleEpochRecord struct {
	UtilisationBps  uint16
	AvailabilityBps uint16
	EnergyWh        uint64
	AvgPowerW       uint32
	Observations    uint8
	ReportedAt      uint64
}

// TelemetryOracleObservation is an auto generated low-level Go binding around an user-defined struct.
type TelemetryOracleObservation struct {
	UtilisationBps  uint16
	AvailabilityBps uint16
	EnergyWh        uint64
	AvgPowerW       uint32
}

// TelemetryOracleReport is an auto generated low-level Go binding around an user-defined struct.
type TelemetryOracleReport struct {
	AssetId *big.Int
	Epoch   uint64
}

// TelemetryOracleSignedObservation is an auto generated low-level Go binding around an user-defined struct.
type TelemetryOracleSignedObservation struct {
	Observation TelemetryOracleObservation
	Signature   []byte
}

// TelemetryOracleMetaData contains all meta data concerning the TelemetryOracle contract.
var TelemetryOracleMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"},{\"internalType\":\"contractIAssetRegistry\",\"name\":\"assets_\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"epochLength_\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"epochGenesis_\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"maxReportAge_\",\"type\":\"uint64\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AccessControlBadConfirmation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"neededRole\",\"type\":\"bytes32\"}],\"name\":\"AccessControlUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"reporter\",\"type\":\"address\"},{\"internalType\":\"uint16\",\"name\":\"availabilityBps\",\"type\":\"uint16\"}],\"name\":\"AvailabilityOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assetId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"observations\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"quorum\",\"type\":\"uint8\"}],\"name\":\"BelowQuorum\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"reporter\",\"type\":\"address\"}],\"name\":\"DuplicateReporter\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"reporter\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"energyWh\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"avgPowerW\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"epochLength\",\"type\":\"uint64\"}],\"name\":\"EnergyInconsistent\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EnforcedPause\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assetId\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"reportedAt\",\"type\":\"uint64\"}],\"name\":\"EpochAlreadyReported\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"epochEnd\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"nowTs\",\"type\":\"uint256\"}],\"name\":\"EpochNotEnded\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"epochEnd\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"maxReportAge\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"nowTs\",\"type\":\"uint256\"}],\"name\":\"EpochTooOld\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ExpectedPause\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"epochLength\",\"type\":\"uint64\"}],\"name\":\"InvalidEpochLength\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"maxReportAge\",\"type\":\"uint64\"}],\"name\":\"InvalidMaxReportAge\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"minQuorum\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"InvalidMinQuorum\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assetId\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"quorum\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"reporters\",\"type\":\"uint256\"}],\"name\":\"InvalidQuorum\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidShortString\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"InvalidSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assetId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotOracleAdmin\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"reporter\",\"type\":\"address\"},{\"internalType\":\"uint32\",\"name\":\"avgPowerW\",\"type\":\"uint32\"},{\"internalType\":\"uint256\",\"name\":\"maxPowerW\",\"type\":\"uint256\"}],\"name\":\"PowerAboveRated\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assetId\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"quorum\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"minQuorum\",\"type\":\"uint8\"}],\"name\":\"QuorumBelowFloor\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assetId\",\"type\":\"uint256\"}],\"name\":\"QuorumNotSet\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assetId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"reporter\",\"type\":\"address\"}],\"name\":\"ReporterAlreadyRegistered\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assetId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"reporter\",\"type\":\"address\"}],\"name\":\"ReporterNotRegistered\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"str\",\"type\":\"string\"}],\"name\":\"StringTooLong\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"observations\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"TooManyObservations\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assetId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"TooManyReporters\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assetId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"reporter\",\"type\":\"address\"}],\"name\":\"UnregisteredReporter\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"reporter\",\"type\":\"address\"},{\"internalType\":\"uint16\",\"name\":\"utilisationBps\",\"type\":\"uint16\"}],\"name\":\"UtilisationOutOfRange\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"EIP712DomainChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"assetId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"submitter\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address[]\",\"name\":\"reporters\",\"type\":\"address[]\"},{\"components\":[{\"internalType\":\"uint16\",\"name\":\"utilisationBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"availabilityBps\",\"type\":\"uint16\"},{\"internalType\":\"uint64\",\"name\":\"energyWh\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"avgPowerW\",\"type\":\"uint32\"}],\"indexed\":false,\"internalType\":\"structTelemetryOracle.Observation[]\",\"name\":\"observations\",\"type\":\"tuple[]\"},{\"components\":[{\"internalType\":\"uint16\",\"name\":\"utilisationBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"availabilityBps\",\"type\":\"uint16\"},{\"internalType\":\"uint64\",\"name\":\"energyWh\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"avgPowerW\",\"type\":\"uint32\"}],\"indexed\":false,\"internalType\":\"structTelemetryOracle.Observation\",\"name\":\"median\",\"type\":\"tuple\"}],\"name\":\"EpochReported\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"previousMaxAge\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"newMaxAge\",\"type\":\"uint64\"}],\"name\":\"MaxReportAgeChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"previousMinQuorum\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"newMinQuorum\",\"type\":\"uint8\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"by\",\"type\":\"address\"}],\"name\":\"MinQuorumChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"Paused\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"assetId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"previousQuorum\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"newQuorum\",\"type\":\"uint8\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"by\",\"type\":\"address\"}],\"name\":\"QuorumChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"assetId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"reporter\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"by\",\"type\":\"address\"}],\"name\":\"ReporterAdded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"assetId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"reporter\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"by\",\"type\":\"address\"}],\"name\":\"ReporterRemoved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"previousAdminRole\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"newAdminRole\",\"type\":\"bytes32\"}],\"name\":\"RoleAdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleRevoked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"Unpaused\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"DEFAULT_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DEFAULT_MIN_QUORUM\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"ENERGY_TOLERANCE_BPS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_REPORTERS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"OBSERVATION_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"ORACLE_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"POWER_TOLERANCE_BPS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assetId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"reporter\",\"type\":\"address\"}],\"name\":\"addReporter\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"assets\",\"outputs\":[{\"internalType\":\"contractIAssetRegistry\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assetId\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"}],\"name\":\"availabilityOf\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"reported\",\"type\":\"bool\"},{\"internalType\":\"uint16\",\"name\":\"availabilityBps\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"eip712Domain\",\"outputs\":[{\"internalType\":\"bytes1\",\"name\":\"fields\",\"type\":\"bytes1\"},{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"verifyingContract\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"uint256[]\",\"name\":\"extensions\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"}],\"name\":\"epochAt\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"epochClock\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"genesis\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"length\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"}],\"name\":\"epochEnd\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"epochGenesis\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"epochLength\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assetId\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"}],\"name\":\"epochRecord\",\"outputs\":[{\"components\":[{\"internalType\":\"uint16\",\"name\":\"utilisationBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"availabilityBps\",\"type\":\"uint16\"},{\"internalType\":\"uint64\",\"name\":\"energyWh\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"avgPowerW\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"observations\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"reportedAt\",\"type\":\"uint64\"}],\"internalType\":\"structTelemetryOracle.EpochRecord\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"getRoleAdmin\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"grantRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasRole\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assetId\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"components\":[{\"internalType\":\"uint16\",\"name\":\"utilisationBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"availabilityBps\",\"type\":\"uint16\"},{\"internalType\":\"uint64\",\"name\":\"energyWh\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"avgPowerW\",\"type\":\"uint32\"}],\"internalType\":\"structTelemetryOracle.Observation\",\"name\":\"o\",\"type\":\"tuple\"}],\"name\":\"hashObservation\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assetId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"isReporter\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assetId\",\"type\":\"uint256\"}],\"name\":\"lastEpochOf\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"reported\",\"type\":\"bool\"},{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"maxReportAge\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"minQuorum\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"paused\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assetId\",\"type\":\"uint256\"}],\"name\":\"quorumOf\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assetId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"reporter\",\"type\":\"address\"}],\"name\":\"removeReporter\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"callerConfirmation\",\"type\":\"address\"}],\"name\":\"renounceRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assetId\",\"type\":\"uint256\"}],\"name\":\"reportersOf\",\"outputs\":[{\"internalType\":\"address[]\",\"name\":\"\",\"type\":\"address[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"revokeRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"maxAge\",\"type\":\"uint64\"}],\"name\":\"setMaxReportAge\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"minQuorum_\",\"type\":\"uint8\"}],\"name\":\"setMinQuorum\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assetId\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"quorum\",\"type\":\"uint8\"}],\"name\":\"setQuorum\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"assetId\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"}],\"internalType\":\"structTelemetryOracle.Report\",\"name\":\"report\",\"type\":\"tuple\"},{\"components\":[{\"components\":[{\"internalType\":\"uint16\",\"name\":\"utilisationBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"availabilityBps\",\"type\":\"uint16\"},{\"internalType\":\"uint64\",\"name\":\"energyWh\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"avgPowerW\",\"type\":\"uint32\"}],\"internalType\":\"structTelemetryOracle.Observation\",\"name\":\"observation\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"signature\",\"type\":\"bytes\"}],\"internalType\":\"structTelemetryOracle.SignedObservation[]\",\"name\":\"observations\",\"type\":\"tuple[]\"}],\"name\":\"submit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"unpause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "TelemetryOracle",
	Bin: "0x6101c080604052346103105760a0816129d780380380916100208285610314565b8339810103126103105780516001600160a01b0381169190828103610310576020820151916001600160a01b038316808403610310576100626040830161034b565b9061007b60806100746060860161034b565b940161034b565b9060405161008a604082610314565b6019815260208101907f6770756c65646765722054656c656d657472794f7261636c65000000000000008252604051916100c5604084610314565b600183526020830191603160f81b83526100de81610468565b610120526100eb84610468565b61014052519020918260e05251902080610100524660a0526040519060208201927f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f8452604083015260608201524660808201523060a082015260a0815261015460c082610314565b5190206080523060c0528615908115610307575b506102f8576001600160401b03821680156102e657506001600160401b03169384156102d35761016052610180526101a052600480546001600160481b0319168317680200000000000000001790557f86434f09c07311f6eaaf57a53dd7312b0eec27c62c7634bd4c604a27bd5421d5916040916101ef906101e98161035f565b506103d5565b508151905f82526020820152a17f2463e3767e648c09f8ec231af6c72fcbb3f267ca525fe6c61dabc3b30b6eb6b2604080515f815260026020820152a26040516124a390816104d482396080518161238a015260a05181612447015260c05181612354015260e051816123d9015261010051816123ff015261012051816112be015261014051816112e70152610160518181816108e901526114f60152610180518181816106f2015281816109a40152818161148f015281816115d70152611d4301526101a0518181816106cd0152818161145401528181611aa40152611d810152f35b846309d828ad60e21b5f5260045260245ffd5b63b831967560e01b5f5260045260245ffd5b63d92e233d60e01b5f5260045ffd5b9050155f610168565b5f80fd5b601f909101601f19168101906001600160401b0382119082101761033757604052565b634e487b7160e01b5f52604160045260245ffd5b51906001600160401b038216820361031057565b6001600160a01b0381165f9081525f5160206129b75f395f51905f52602052604090205460ff166103d0576001600160a01b03165f8181525f5160206129b75f395f51905f5260205260408120805460ff191660011790553391905f5160206129775f395f51905f528180a4600190565b505f90565b6001600160a01b0381165f9081525f5160206129975f395f51905f52602052604090205460ff166103d0576001600160a01b03165f8181525f5160206129975f395f51905f5260205260408120805460ff191660011790553391907fc307c44629779eb8fc0b85f224c3d22f5876a6c84de0ee42d481eb7814f0d3a8905f5160206129775f395f51905f529080a4600190565b601f815111610493576020815191015160208210610484571790565b5f198260200360031b1b161790565b604460209160405192839163305a27a960e01b83528160048401528051918291826024860152018484015e5f828201840152601f01601f19168101030190fdfe6080806040526004361015610012575f80fd5b5f3560e01c90816301ffc9a714611ac85750806304079f8114611a8557806305e4726b14611a0d57806319c2edf8146119b95780631f30e0cb14611981578063248a9ca31461194f5780632f2ff15d1461191257806336568abe146118ce5780633ce05bfe146117c55780633f4ba83a1461175f5780634ce4c87e1461169457806351a26311146115fb57806357d775f8146115b85780635a981d961461157e5780635c26b584146115635780635c975abb1461154157806363acddb51461152557806371a97305146114e15780637d60d355146114305780638003a94f146113f65780638456cb591461139e57806384b0196e146112a65780638f570e6d146107845780638f75da1c1461076957806391d14854146107215780639cf9a327146106af5780639e4e2ac114610651578063a217fddf14610637578063a9a3ea171461061b578063af8d67691461055d578063b4683db214610529578063b5a127e514610506578063bb10efee1461041b578063c45e0d24146103f5578063c4a2ac5f14610344578063d222ff9914610248578063d547741f146102045763dd15a307146101be575f80fd5b34610200576020366003190112610200576004355f5260066020526040805f20546001600160401b0382519160ff8160081c161515835260101c166020820152f35b5f80fd5b3461020057604036600319011261020057610246600435610223611b57565b9061024161023c825f525f602052600160405f20015490565b611e4e565b611f08565b005b3461020057604036600319011261020057610261611b6d565b5f60a060405161027081611c07565b82815282602082015282604082015282606082015282608082015201526004355f5260076020526001600160401b0360405f2091165f5260205260c060405f206001600160401b03604051916102c583611c07565b5460ff61ffff82169384815263ffffffff6020820161ffff8560101c1681528560408401818760201c16815261ffff6060860193858960601c1685528360a060808901988a8c60801c168a52019960881c1689526040519a8b52511660208a0152511660408801525116606086015251166080840152511660a0820152f35b346102005760203660031901126102005760043560ff81168082036102005761036b611ddf565b801580156103eb575b6103d457506004546040805160ff83831c8116825284166020820152919260ff60401b92909133917f2463e3767e648c09f8ec231af6c72fcbb3f267ca525fe6c61dabc3b30b6eb6b29190a260401b169060ff60401b1916176004555f80f35b637a0dd7c560e01b5f52600452601060245260445ffd5b5060108111610374565b34610200575f3660031901126102005760206001600160401b0360045416604051908152f35b346102005760403660031901126102005760043560243560ff8116908181036102005761044783611fa8565b60ff60045460401c168083106104ec5750825f52600560205260405f20548083116104d25750825f52600660205260405f20927fcdd1897f45d6fc8160003be9856eacf94d9494cca1770925d437ea5de5b6459f6104c460ff8654169360405191829133968390929160ff60209181604085019616845216910152565b0390a3815460ff1916179055005b828463449b1ab360e11b5f5260045260245260445260645ffd5b8284631198986560e21b5f5260045260245260445260645ffd5b34610200575f36600319011261020057602060ff60045460401c16604051908152f35b3461020057602036600319011261020057602061054c610547611b83565b611d1d565b6001600160401b0360405191168152f35b3461020057604036600319011261020057600435610579611b57565b61058282611fa8565b6001600160a01b0316801561060c57815f52600560205260405f206010815410156105f457816105b1916122ff565b156105de5733917fcf166a574224984911ee45fb1dc21bca2bb855181894ebe9e2b07151f6aaed585f80a4005b9063033f38b560e21b5f5260045260245260445ffd5b826373ec4aaf60e01b5f52600452601060245260445ffd5b63d92e233d60e01b5f5260045ffd5b34610200575f3660031901126102005760206040516103e88152f35b34610200575f3660031901126102005760206040515f8152f35b346102005760403660031901126102005761066a611b6d565b6004355f5260076020526001600160401b0360405f2091165f526020526040805f205461ffff8251916001600160401b038160881c161515835260101c166020820152f35b34610200575f36600319011261020057604080516001600160401b037f0000000000000000000000000000000000000000000000000000000000000000811682527f000000000000000000000000000000000000000000000000000000000000000016602082015290819081015b0390f35b346102005760403660031901126102005761073a611b57565b6004355f525f60205260405f209060018060a01b03165f52602052602060ff60405f2054166040519015158152f35b34610200575f36600319011261020057602060405160108152f35b346102005736600319016060811261020057604013610200576044356001600160401b03811161020057366023820112156102005780600401356001600160401b038111610200576024820191602436918360051b010111610200576107e8611ff7565b600435602435926001600160401b0384169283850361020057825f52600660205260405f206040519061081a82611bbd565b5460ff811696878352602083019760ff8360081c16151589526001600160401b03604085019360101c168352156112935760045460ff806001600160401b0383169260401c16818651168181105f1461128c57505b1680861061127257506010851161125a57865f52600760205260405f20885f526020526001600160401b036108ad8160405f205460881c1693611d1d565b16804210611240576108bf8282612012565b4211611216575050806111fc57506040516368ffeaa760e01b8152600481018690526020816024817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa80156111f1575f906111ae575b63ffffffff915016612af8810290808204612af8149015171561108c5761271090049661094c84611c43565b9461095a6040519687611c22565b848652601f1961096986611c43565b0136602088013761097985611c43565b986109876040519a8b611c22565b858a52601f1961099687611c43565b015f5b8181106111965750507f00000000000000000000000000000000000000000000000000000000000000006001600160401b0316915f5b878110610d8557505050506109e2611ca0565b93888051916109f083611c5a565b876109fa85611c5a565b91610a0486611c5a565b95610a0e81611c5a565b955f905b828210610cf757505050610a5761ffff610a4963ffffffff95610a659583610a416001600160401b0397612210565b169052612210565b169660208c01978852612210565b169360408a01948552612210565b16908160608901526001600160401b0361ffff808a51169551169351169260405194610a9086611c07565b855260208501908152604085019384526060850192835260ff608086019216825260a08501926001600160401b03421684528b5f52600760205260405f208d5f5260205261ffff60405f209651166bffffffffffffffff0000000063ffff00008854945160101b16965160201b169163ffffffff60601b905160601b169360ff60801b905160801b16946001600160401b0360881b905160881b16956001600160401b0360881b199360ff60801b199263ffffffff60601b19916bffffffffffffffffffffffff191617161716171617171790555115908115610ce3575b50610c6d575b50610b8a6040519260c0845260c0840190611b1b565b8281036020840152602080875192838152019601905f5b818110610c185750505090610c107f7ed68e195e6ed1fc79c75608349ec849c5c733f3d55dfda4cfd6c86795e4af0d92604083019063ffffffff6060809261ffff815116855261ffff60208201511660208601526001600160401b036040820151166040860152015116910152565b8033950390a4005b9091966020608082610c626001948c5163ffffffff6060809261ffff815116855261ffff60208201511660208601526001600160401b036040820151166040860152015116910152565b019801929101610ba1565b516040519060ff16610c7e82611bbd565b815260208101600181526040820190868252855f52600660205260ff8060405f209451161660ff198454161783555115159061ff0069ffffffffffffffff00008454925160101b169260081b169069ffffffffffffffffff0019161717905585610b74565b6001600160401b0391505116851187610b6e565b6001929394506060610d6b838361ffff610d168363ffffffff97611cfa565b515116610d23838b611cfa565b5261ffff6020610d338484611cfa565b51015116610d41838c611cfa565b528c610d65836001600160401b036040610d5b8387611cfa565b5101511692611cfa565b52611cfa565b51015116610d798289611cfa565b5201908a92918f610a12565b610d90818984611cc4565b908b610d9b83611f88565b60208401838c8f610dab84611f88565b956040890195610dba87611c8c565b60608b0198610dc88a611f97565b926040519460208601967fa0ba04c2db7f8e040f429933c132e6fd8710c690274a00f22aa3ad7fd228798688526040870152606086015261ffff16608085015261ffff1660a08401526001600160401b031660c083015263ffffffff1660e082015260e08152610e3a61010082611c22565b519020610e45612351565b906040519161190160f01b8352600283015260228201526042902091610e6b9189611cc4565b608081013590601e198136030182121561020057018035906001600160401b03821161020057602001813603811361020057610ea69261201f565b5060048110156111825761116f578e5f526005602052610ee160405f209160018060a01b031680926001915f520160205260405f2054151590565b15611159575f818f5b8783106111215750505061271061ffff610f0388611f88565b16116110fd5761271061ffff610f1884611f88565b16116110da578763ffffffff610f2d86611f97565b16116110b0576001600160401b03610f4484611c8c565b16610e10810290808204610e10149015171561108c5763ffffffff610f6886611f97565b16908a8202918083048c149015171561108c5781808211156110a057610f8d91612053565b905b6103e88102908082046103e8149015171561108c576127109004610e10810180911161108c578a610fbf91612012565b1061104157610fce858f611cfa565b5260808536031261020057610ff990610ff260405196610fed88611bec565b611d0e565b8652611d0e565b6020850152356001600160401b03811681036102005760408401523563ffffffff8116810361020057818e8461103a9360606001970152610d658383611cfa565b50016109cf565b6084908963ffffffff866001600160401b0361106561105f89611c8c565b92611f97565b916040519563f8c962e560e01b875260048701521660248501521660448301526064820152fd5b634e487b7160e01b5f52601160045260245ffd5b906110aa91612053565b90610f8f565b63ffffffff88916110c086611f97565b9063772a0ff760e01b5f526004521660245260445260645ffd5b6110e661ffff92611f88565b90635bf4251160e11b5f526004521660245260445ffd5b61ffff9061110a87611f88565b90630695207d60e11b5f526004521660245260445ffd5b6001600160a01b0390611135908490611cfa565b51161461114657600101818f610eea565b50633597cc0b60e11b5f5260045260245ffd5b8e63e52b0f3f60e01b5f5260045260245260445ffd5b84630a57f30960e31b5f5260045260245ffd5b634e487b7160e01b5f52602160045260245ffd5b808c602080936111a4611ca0565b9201015201610999565b506020813d6020116111e9575b816111c860209383611c22565b81010312610200575163ffffffff811681036102005763ffffffff90610920565b3d91506111bb565b6040513d5f823e3d90fd5b868663751d06d960e11b5f5260045260245260445260645ffd5b608491899160405192630b35f48160e11b8452600484015260248301526044820152426064820152fd5b886343e79fb160e11b5f526004526024524260445260645ffd5b84633afb688f60e21b5f52600452601060245260445ffd5b8588636758b53160e01b5f5260045260245260445260645ffd5b905061086f565b8563d07f510f60e01b5f5260045260245ffd5b34610200575f366003190112610200576113426112e27f0000000000000000000000000000000000000000000000000000000000000000612150565b61130b7f0000000000000000000000000000000000000000000000000000000000000000612150565b60206113506040519261131e8385611c22565b5f84525f368137604051958695600f60f81b875260e08588015260e0870190611b99565b908582036040870152611b99565b4660608501523060808501525f60a085015283810360c08501528180845192838152019301915f5b82811061138757505050500390f35b835185528695509381019392810192600101611378565b34610200575f366003190112610200576113b6611ddf565b6113be611ff7565b600160ff19815416176001557f62e78cea01bee320cd4e420270b5ea74000d11b0c9f74754ebdbfc544b05a2586020604051338152a1005b34610200575f3660031901126102005760206040517fc307c44629779eb8fc0b85f224c3d22f5876a6c84de0ee42d481eb7814f0d3a88152f35b3461020057602036600319011261020057611449611b83565b6001600160401b03807f0000000000000000000000000000000000000000000000000000000000000000169116036001600160401b03811161108c576001600160401b037f0000000000000000000000000000000000000000000000000000000000000000169081156114cd576001600160401b0360209281604051931604168152f35b634e487b7160e01b5f52601260045260245ffd5b34610200575f366003190112610200576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b34610200575f366003190112610200576020604051612af88152f35b34610200575f36600319011261020057602060ff600154166040519015158152f35b34610200575f36600319011261020057602060405160028152f35b34610200575f3660031901126102005760206040517fa0ba04c2db7f8e040f429933c132e6fd8710c690274a00f22aa3ad7fd22879868152f35b34610200575f3660031901126102005760206040516001600160401b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b3461020057602036600319011261020057611614611b83565b61161c611ddf565b6001600160401b03811690811561168157600454604080516001600160401b03808416825293909316602084015290917f86434f09c07311f6eaaf57a53dd7312b0eec27c62c7634bd4c604a27bd5421d59190a167ffffffffffffffff191617600455005b506309d828ad60e21b5f5260045260245ffd5b34610200576040366003190112610200576004356116b0611b57565b6116b982611fa8565b5f8281526005602052604090206001600160a01b03909116906116dc8282612075565b1561174857825f52600660205260ff6116fa8160405f205416611db3565b9154911680821061172f57505033917f926b8383e770b8a44eb60c21877a3e636299da5d3feca5c7e3202b75846f43995f80a4005b8363449b1ab360e11b5f5260045260245260445260645ffd5b509063056abc5b60e21b5f5260045260245260445ffd5b34610200575f36600319011261020057611777611ddf565b60015460ff8116156117b65760ff19166001557f5db9ee0a495bf2e6ff9c91a7834c1ba4fdd244a5e8aa4e537bd38aeae4b073aa6020604051338152a1005b638dfc202b60e01b5f5260045ffd5b346102005760c0366003190112610200576117de611b6d565b60803660431901126102005760443561ffff81169081810361020057506064359161ffff8316928381036102005750608435916001600160401b03831692838103610200575060a4359263ffffffff8416908185036102005760209560429550604051936001600160401b03888601967fa0ba04c2db7f8e040f429933c132e6fd8710c690274a00f22aa3ad7fd228798688526004356040880152166060860152608085015260a084015260c083015260e082015260e081526118a361010082611c22565b5190206118ae612351565b906040519161190160f01b83526002830152602282015220604051908152f35b34610200576040366003190112610200576118e7611b57565b336001600160a01b038216036119035761024690600435611f08565b63334bd91960e11b5f5260045ffd5b3461020057604036600319011261020057610246600435611931611b57565b9061194a61023c825f525f602052600160405f20015490565b611e86565b346102005760203660031901126102005760206119796004355f525f602052600160405f20015490565b604051908152f35b34610200576020366003190112610200576004355f52600660205260206119ae60ff60405f205416611db3565b60ff60405191168152f35b34610200576040366003190112610200576020611a036119d7611b57565b6004355f9081526005845260408082206001600160a01b03909316825260019092016020522054151590565b6040519015158152f35b34610200576020366003190112610200576004355f52600560205260405f206040519081602082549182815201915f5260205f20905f5b818110611a6f5761071d85611a5b81870382611c22565b604051918291602083526020830190611b1b565b8254845260209093019260019283019201611a44565b34610200575f3660031901126102005760206040516001600160401b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b34610200576020366003190112610200576004359063ffffffff60e01b821680920361020057602091637965db0b60e01b8114908115611b0a575b5015158152f35b6301ffc9a760e01b14905083611b03565b90602080835192838152019201905f5b818110611b385750505090565b82516001600160a01b0316845260209384019390920191600101611b2b565b602435906001600160a01b038216820361020057565b602435906001600160401b038216820361020057565b600435906001600160401b038216820361020057565b805180835260209291819084018484015e5f828201840152601f01601f1916010190565b606081019081106001600160401b03821117611bd857604052565b634e487b7160e01b5f52604160045260245ffd5b608081019081106001600160401b03821117611bd857604052565b60c081019081106001600160401b03821117611bd857604052565b90601f801991011681019081106001600160401b03821117611bd857604052565b6001600160401b038111611bd85760051b60200190565b90611c6482611c43565b611c716040519182611c22565b8281528092611c82601f1991611c43565b0190602036910137565b356001600160401b03811681036102005790565b60405190611cad82611bec565b5f6060838281528260208201528260408201520152565b9190811015611ce65760051b81013590609e1981360301821215610200570190565b634e487b7160e01b5f52603260045260245ffd5b8051821015611ce65760209160051b010190565b359061ffff8216820361020057565b6001600160401b0360019116016001600160401b03811161108c576001600160401b03807f0000000000000000000000000000000000000000000000000000000000000000169116026001600160401b03811690810361108c576001600160401b037f000000000000000000000000000000000000000000000000000000000000000016016001600160401b03811161108c5790565b60ff8116908115611dd95760ff60045460401c168092105f14611dd4575090565b905090565b50505f90565b335f9081527f0182b0b5e08b141e693502edc4d7bcb5b504fb073ca0e6ed532a1d3ae8b27faa602052604090205460ff1615611e1757565b63e2517d3f60e01b5f52336004527fc307c44629779eb8fc0b85f224c3d22f5876a6c84de0ee42d481eb7814f0d3a860245260445ffd5b5f8181526020818152604080832033845290915290205460ff1615611e705750565b63e2517d3f60e01b5f523360045260245260445ffd5b5f818152602081815260408083206001600160a01b038616845290915290205460ff16611dd9575f818152602081815260408083206001600160a01b0395909516808452949091528120805460ff19166001179055339291907f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d9080a4600190565b5f818152602081815260408083206001600160a01b038616845290915290205460ff1615611dd9575f818152602081815260408083206001600160a01b0395909516808452949091528120805460ff19169055339291907ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9080a4600190565b3561ffff811681036102005790565b3563ffffffff811681036102005790565b335f9081527f0182b0b5e08b141e693502edc4d7bcb5b504fb073ca0e6ed532a1d3ae8b27faa602052604090205460ff1615611fe15750565b63afc84a4b60e01b5f526004523360245260445ffd5b60ff6001541661200357565b63d93c066560e01b5f5260045ffd5b9190820180921161108c57565b9060418303612049576120429250602081013591604082359201355f1a9061218e565b9192909190565b50505f9160029190565b9190820391821161108c57565b8054821015611ce6575f5260205f2001905f90565b906001820191815f528260205260405f20548015155f14612148575f19810181811161108c5782545f1981019190821161108c578181036120fd575b505050805480156120e9575f1901906120ca8282612060565b8154905f199060031b1b19169055555f526020525f6040812055600190565b634e487b7160e01b5f52603160045260245ffd5b61213361210d61211d9386612060565b90549060031b1c92839286612060565b819391549060031b91821b915f19901b19161790565b90555f528360205260405f20555f80806120b1565b505050505f90565b60ff811690601f821161217f576040519161216c604084611c22565b6020808452838101919036833783525290565b632cd44ac360e21b5f5260045ffd5b91907f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a08411612205579160209360809260ff5f9560405194855216868401526040830152606082015282805260015afa156111f1575f516001600160a01b038116156121fb57905f905f90565b505f906001905f90565b5050505f9160039190565b805160015b81811061226d575060018082161461225b5760011c905f19820182811161108c576122559261224761224e9284611cfa565b5192611cfa565b5190612012565b60011c90565b906122699160011c90611cfa565b5190565b9261227a84849394611cfa565b5192845b80158015806122e1575b156122c8575f1982019180831161108c576122ae6122a68488611cfa565b519187611cfa565b521561227e57634e487b7160e01b5f52601160045260245ffd5b50936122da6001939692949586611cfa565b5201612215565b505f19820182811161108c576122f8879187611cfa565b5111612288565b5f828152600182016020526040902054611dd95780549068010000000000000000821015611bd8578261233c61211d846001809601855584612060565b90558054925f520160205260405f2055600190565b307f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03161480612444575b156123ac577f000000000000000000000000000000000000000000000000000000000000000090565b60405160208101907f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f82527f000000000000000000000000000000000000000000000000000000000000000060408201527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a082015260a0815261243e60c082611c22565b51902090565b507f0000000000000000000000000000000000000000000000000000000000000000461461238356fea26469706673582212203735771d707beaff93386654f287b4d0eddcae55e0acf2a41dd7e5d06040493364736f6c634300082500332f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d0182b0b5e08b141e693502edc4d7bcb5b504fb073ca0e6ed532a1d3ae8b27faaad3228b676f7d3cd4284a5443f17f1962b36e491b30a40b2405849e597ba5fb5",
}

// TelemetryOracle is an auto generated Go binding around an Ethereum contract.
type TelemetryOracle struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *TelemetryOracle) GetABI() abi.ABI {
	return c.abi
}

// NewTelemetryOracle creates a new instance of TelemetryOracle.
func NewTelemetryOracle() *TelemetryOracle {
	parsed, err := TelemetryOracleMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &TelemetryOracle{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *TelemetryOracle) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address admin, address assets_, uint64 epochLength_, uint64 epochGenesis_, uint64 maxReportAge_) returns()
func (telemetryOracle *TelemetryOracle) PackConstructor(admin common.Address, assets_ common.Address, epochLength_ uint64, epochGenesis_ uint64, maxReportAge_ uint64) []byte {
	enc, err := telemetryOracle.abi.Pack("", admin, assets_, epochLength_, epochGenesis_, maxReportAge_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackDEFAULTADMINROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa217fddf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (telemetryOracle *TelemetryOracle) PackDEFAULTADMINROLE() []byte {
	enc, err := telemetryOracle.abi.Pack("DEFAULT_ADMIN_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDEFAULTADMINROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa217fddf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (telemetryOracle *TelemetryOracle) TryPackDEFAULTADMINROLE() ([]byte, error) {
	return telemetryOracle.abi.Pack("DEFAULT_ADMIN_ROLE")
}

// UnpackDEFAULTADMINROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (telemetryOracle *TelemetryOracle) UnpackDEFAULTADMINROLE(data []byte) ([32]byte, error) {
	out, err := telemetryOracle.abi.Unpack("DEFAULT_ADMIN_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackDEFAULTMINQUORUM is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c26b584.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function DEFAULT_MIN_QUORUM() view returns(uint8)
func (telemetryOracle *TelemetryOracle) PackDEFAULTMINQUORUM() []byte {
	enc, err := telemetryOracle.abi.Pack("DEFAULT_MIN_QUORUM")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDEFAULTMINQUORUM is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c26b584.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function DEFAULT_MIN_QUORUM() view returns(uint8)
func (telemetryOracle *TelemetryOracle) TryPackDEFAULTMINQUORUM() ([]byte, error) {
	return telemetryOracle.abi.Pack("DEFAULT_MIN_QUORUM")
}

// UnpackDEFAULTMINQUORUM is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5c26b584.
//
// Solidity: function DEFAULT_MIN_QUORUM() view returns(uint8)
func (telemetryOracle *TelemetryOracle) UnpackDEFAULTMINQUORUM(data []byte) (uint8, error) {
	out, err := telemetryOracle.abi.Unpack("DEFAULT_MIN_QUORUM", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackENERGYTOLERANCEBPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9a3ea17.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ENERGY_TOLERANCE_BPS() view returns(uint256)
func (telemetryOracle *TelemetryOracle) PackENERGYTOLERANCEBPS() []byte {
	enc, err := telemetryOracle.abi.Pack("ENERGY_TOLERANCE_BPS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackENERGYTOLERANCEBPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9a3ea17.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ENERGY_TOLERANCE_BPS() view returns(uint256)
func (telemetryOracle *TelemetryOracle) TryPackENERGYTOLERANCEBPS() ([]byte, error) {
	return telemetryOracle.abi.Pack("ENERGY_TOLERANCE_BPS")
}

// UnpackENERGYTOLERANCEBPS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa9a3ea17.
//
// Solidity: function ENERGY_TOLERANCE_BPS() view returns(uint256)
func (telemetryOracle *TelemetryOracle) UnpackENERGYTOLERANCEBPS(data []byte) (*big.Int, error) {
	out, err := telemetryOracle.abi.Unpack("ENERGY_TOLERANCE_BPS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXREPORTERS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8f75da1c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_REPORTERS() view returns(uint256)
func (telemetryOracle *TelemetryOracle) PackMAXREPORTERS() []byte {
	enc, err := telemetryOracle.abi.Pack("MAX_REPORTERS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXREPORTERS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8f75da1c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_REPORTERS() view returns(uint256)
func (telemetryOracle *TelemetryOracle) TryPackMAXREPORTERS() ([]byte, error) {
	return telemetryOracle.abi.Pack("MAX_REPORTERS")
}

// UnpackMAXREPORTERS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8f75da1c.
//
// Solidity: function MAX_REPORTERS() view returns(uint256)
func (telemetryOracle *TelemetryOracle) UnpackMAXREPORTERS(data []byte) (*big.Int, error) {
	out, err := telemetryOracle.abi.Unpack("MAX_REPORTERS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackOBSERVATIONTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5a981d96.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function OBSERVATION_TYPEHASH() view returns(bytes32)
func (telemetryOracle *TelemetryOracle) PackOBSERVATIONTYPEHASH() []byte {
	enc, err := telemetryOracle.abi.Pack("OBSERVATION_TYPEHASH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOBSERVATIONTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5a981d96.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function OBSERVATION_TYPEHASH() view returns(bytes32)
func (telemetryOracle *TelemetryOracle) TryPackOBSERVATIONTYPEHASH() ([]byte, error) {
	return telemetryOracle.abi.Pack("OBSERVATION_TYPEHASH")
}

// UnpackOBSERVATIONTYPEHASH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5a981d96.
//
// Solidity: function OBSERVATION_TYPEHASH() view returns(bytes32)
func (telemetryOracle *TelemetryOracle) UnpackOBSERVATIONTYPEHASH(data []byte) ([32]byte, error) {
	out, err := telemetryOracle.abi.Unpack("OBSERVATION_TYPEHASH", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackORACLEADMINROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8003a94f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ORACLE_ADMIN_ROLE() view returns(bytes32)
func (telemetryOracle *TelemetryOracle) PackORACLEADMINROLE() []byte {
	enc, err := telemetryOracle.abi.Pack("ORACLE_ADMIN_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackORACLEADMINROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8003a94f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ORACLE_ADMIN_ROLE() view returns(bytes32)
func (telemetryOracle *TelemetryOracle) TryPackORACLEADMINROLE() ([]byte, error) {
	return telemetryOracle.abi.Pack("ORACLE_ADMIN_ROLE")
}

// UnpackORACLEADMINROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8003a94f.
//
// Solidity: function ORACLE_ADMIN_ROLE() view returns(bytes32)
func (telemetryOracle *TelemetryOracle) UnpackORACLEADMINROLE(data []byte) ([32]byte, error) {
	out, err := telemetryOracle.abi.Unpack("ORACLE_ADMIN_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackPOWERTOLERANCEBPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x63acddb5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function POWER_TOLERANCE_BPS() view returns(uint256)
func (telemetryOracle *TelemetryOracle) PackPOWERTOLERANCEBPS() []byte {
	enc, err := telemetryOracle.abi.Pack("POWER_TOLERANCE_BPS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPOWERTOLERANCEBPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x63acddb5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function POWER_TOLERANCE_BPS() view returns(uint256)
func (telemetryOracle *TelemetryOracle) TryPackPOWERTOLERANCEBPS() ([]byte, error) {
	return telemetryOracle.abi.Pack("POWER_TOLERANCE_BPS")
}

// UnpackPOWERTOLERANCEBPS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x63acddb5.
//
// Solidity: function POWER_TOLERANCE_BPS() view returns(uint256)
func (telemetryOracle *TelemetryOracle) UnpackPOWERTOLERANCEBPS(data []byte) (*big.Int, error) {
	out, err := telemetryOracle.abi.Unpack("POWER_TOLERANCE_BPS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackAddReporter is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaf8d6769.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function addReporter(uint256 assetId, address reporter) returns()
func (telemetryOracle *TelemetryOracle) PackAddReporter(assetId *big.Int, reporter common.Address) []byte {
	enc, err := telemetryOracle.abi.Pack("addReporter", assetId, reporter)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAddReporter is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaf8d6769.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function addReporter(uint256 assetId, address reporter) returns()
func (telemetryOracle *TelemetryOracle) TryPackAddReporter(assetId *big.Int, reporter common.Address) ([]byte, error) {
	return telemetryOracle.abi.Pack("addReporter", assetId, reporter)
}

// PackAssets is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x71a97305.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function assets() view returns(address)
func (telemetryOracle *TelemetryOracle) PackAssets() []byte {
	enc, err := telemetryOracle.abi.Pack("assets")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAssets is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x71a97305.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function assets() view returns(address)
func (telemetryOracle *TelemetryOracle) TryPackAssets() ([]byte, error) {
	return telemetryOracle.abi.Pack("assets")
}

// UnpackAssets is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x71a97305.
//
// Solidity: function assets() view returns(address)
func (telemetryOracle *TelemetryOracle) UnpackAssets(data []byte) (common.Address, error) {
	out, err := telemetryOracle.abi.Unpack("assets", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackAvailabilityOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9e4e2ac1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function availabilityOf(uint256 assetId, uint64 epoch) view returns(bool reported, uint16 availabilityBps)
func (telemetryOracle *TelemetryOracle) PackAvailabilityOf(assetId *big.Int, epoch uint64) []byte {
	enc, err := telemetryOracle.abi.Pack("availabilityOf", assetId, epoch)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAvailabilityOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9e4e2ac1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function availabilityOf(uint256 assetId, uint64 epoch) view returns(bool reported, uint16 availabilityBps)
func (telemetryOracle *TelemetryOracle) TryPackAvailabilityOf(assetId *big.Int, epoch uint64) ([]byte, error) {
	return telemetryOracle.abi.Pack("availabilityOf", assetId, epoch)
}

// AvailabilityOfOutput serves as a container for the return parameters of contract
// method AvailabilityOf.
type AvailabilityOfOutput struct {
	Reported        bool
	AvailabilityBps uint16
}

// UnpackAvailabilityOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9e4e2ac1.
//
// Solidity: function availabilityOf(uint256 assetId, uint64 epoch) view returns(bool reported, uint16 availabilityBps)
func (telemetryOracle *TelemetryOracle) UnpackAvailabilityOf(data []byte) (AvailabilityOfOutput, error) {
	out, err := telemetryOracle.abi.Unpack("availabilityOf", data)
	outstruct := new(AvailabilityOfOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Reported = *abi.ConvertType(out[0], new(bool)).(*bool)
	outstruct.AvailabilityBps = *abi.ConvertType(out[1], new(uint16)).(*uint16)
	return *outstruct, nil
}

// PackEip712Domain is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84b0196e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (telemetryOracle *TelemetryOracle) PackEip712Domain() []byte {
	enc, err := telemetryOracle.abi.Pack("eip712Domain")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEip712Domain is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84b0196e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (telemetryOracle *TelemetryOracle) TryPackEip712Domain() ([]byte, error) {
	return telemetryOracle.abi.Pack("eip712Domain")
}

// Eip712DomainOutput serves as a container for the return parameters of contract
// method Eip712Domain.
type Eip712DomainOutput struct {
	Fields            [1]byte
	Name              string
	Version           string
	ChainId           *big.Int
	VerifyingContract common.Address
	Salt              [32]byte
	Extensions        []*big.Int
}

// UnpackEip712Domain is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x84b0196e.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (telemetryOracle *TelemetryOracle) UnpackEip712Domain(data []byte) (Eip712DomainOutput, error) {
	out, err := telemetryOracle.abi.Unpack("eip712Domain", data)
	outstruct := new(Eip712DomainOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Fields = *abi.ConvertType(out[0], new([1]byte)).(*[1]byte)
	outstruct.Name = *abi.ConvertType(out[1], new(string)).(*string)
	outstruct.Version = *abi.ConvertType(out[2], new(string)).(*string)
	outstruct.ChainId = abi.ConvertType(out[3], new(big.Int)).(*big.Int)
	outstruct.VerifyingContract = *abi.ConvertType(out[4], new(common.Address)).(*common.Address)
	outstruct.Salt = *abi.ConvertType(out[5], new([32]byte)).(*[32]byte)
	outstruct.Extensions = *abi.ConvertType(out[6], new([]*big.Int)).(*[]*big.Int)
	return *outstruct, nil
}

// PackEpochAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7d60d355.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function epochAt(uint64 timestamp) view returns(uint64)
func (telemetryOracle *TelemetryOracle) PackEpochAt(timestamp uint64) []byte {
	enc, err := telemetryOracle.abi.Pack("epochAt", timestamp)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEpochAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7d60d355.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function epochAt(uint64 timestamp) view returns(uint64)
func (telemetryOracle *TelemetryOracle) TryPackEpochAt(timestamp uint64) ([]byte, error) {
	return telemetryOracle.abi.Pack("epochAt", timestamp)
}

// UnpackEpochAt is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7d60d355.
//
// Solidity: function epochAt(uint64 timestamp) view returns(uint64)
func (telemetryOracle *TelemetryOracle) UnpackEpochAt(data []byte) (uint64, error) {
	out, err := telemetryOracle.abi.Unpack("epochAt", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackEpochClock is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9cf9a327.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function epochClock() view returns(uint64 genesis, uint64 length)
func (telemetryOracle *TelemetryOracle) PackEpochClock() []byte {
	enc, err := telemetryOracle.abi.Pack("epochClock")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEpochClock is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9cf9a327.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function epochClock() view returns(uint64 genesis, uint64 length)
func (telemetryOracle *TelemetryOracle) TryPackEpochClock() ([]byte, error) {
	return telemetryOracle.abi.Pack("epochClock")
}

// EpochClockOutput serves as a container for the return parameters of contract
// method EpochClock.
type EpochClockOutput struct {
	Genesis uint64
	Length  uint64
}

// UnpackEpochClock is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9cf9a327.
//
// Solidity: function epochClock() view returns(uint64 genesis, uint64 length)
func (telemetryOracle *TelemetryOracle) UnpackEpochClock(data []byte) (EpochClockOutput, error) {
	out, err := telemetryOracle.abi.Unpack("epochClock", data)
	outstruct := new(EpochClockOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Genesis = *abi.ConvertType(out[0], new(uint64)).(*uint64)
	outstruct.Length = *abi.ConvertType(out[1], new(uint64)).(*uint64)
	return *outstruct, nil
}

// PackEpochEnd is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb4683db2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function epochEnd(uint64 epoch) view returns(uint64)
func (telemetryOracle *TelemetryOracle) PackEpochEnd(epoch uint64) []byte {
	enc, err := telemetryOracle.abi.Pack("epochEnd", epoch)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEpochEnd is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb4683db2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function epochEnd(uint64 epoch) view returns(uint64)
func (telemetryOracle *TelemetryOracle) TryPackEpochEnd(epoch uint64) ([]byte, error) {
	return telemetryOracle.abi.Pack("epochEnd", epoch)
}

// UnpackEpochEnd is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb4683db2.
//
// Solidity: function epochEnd(uint64 epoch) view returns(uint64)
func (telemetryOracle *TelemetryOracle) UnpackEpochEnd(data []byte) (uint64, error) {
	out, err := telemetryOracle.abi.Unpack("epochEnd", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackEpochGenesis is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x04079f81.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function epochGenesis() view returns(uint64)
func (telemetryOracle *TelemetryOracle) PackEpochGenesis() []byte {
	enc, err := telemetryOracle.abi.Pack("epochGenesis")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEpochGenesis is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x04079f81.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function epochGenesis() view returns(uint64)
func (telemetryOracle *TelemetryOracle) TryPackEpochGenesis() ([]byte, error) {
	return telemetryOracle.abi.Pack("epochGenesis")
}

// UnpackEpochGenesis is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x04079f81.
//
// Solidity: function epochGenesis() view returns(uint64)
func (telemetryOracle *TelemetryOracle) UnpackEpochGenesis(data []byte) (uint64, error) {
	out, err := telemetryOracle.abi.Unpack("epochGenesis", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackEpochLength is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x57d775f8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function epochLength() view returns(uint64)
func (telemetryOracle *TelemetryOracle) PackEpochLength() []byte {
	enc, err := telemetryOracle.abi.Pack("epochLength")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEpochLength is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x57d775f8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function epochLength() view returns(uint64)
func (telemetryOracle *TelemetryOracle) TryPackEpochLength() ([]byte, error) {
	return telemetryOracle.abi.Pack("epochLength")
}

// UnpackEpochLength is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x57d775f8.
//
// Solidity: function epochLength() view returns(uint64)
func (telemetryOracle *TelemetryOracle) UnpackEpochLength(data []byte) (uint64, error) {
	out, err := telemetryOracle.abi.Unpack("epochLength", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackEpochRecord is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd222ff99.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function epochRecord(uint256 assetId, uint64 epoch) view returns((uint16,uint16,uint64,uint32,uint8,uint64))
func (telemetryOracle *TelemetryOracle) PackEpochRecord(assetId *big.Int, epoch uint64) []byte {
	enc, err := telemetryOracle.abi.Pack("epochRecord", assetId, epoch)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEpochRecord is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd222ff99.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function epochRecord(uint256 assetId, uint64 epoch) view returns((uint16,uint16,uint64,uint32,uint8,uint64))
func (telemetryOracle *TelemetryOracle) TryPackEpochRecord(assetId *big.Int, epoch uint64) ([]byte, error) {
	return telemetryOracle.abi.Pack("epochRecord", assetId, epoch)
}

// UnpackEpochRecord is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd222ff99.
//
// Solidity: function epochRecord(uint256 assetId, uint64 epoch) view returns((uint16,uint16,uint64,uint32,uint8,uint64))
func (telemetryOracle *TelemetryOracle) UnpackEpochRecord(data []byte) (TelemetryOracleEpochRecord, error) {
	out, err := telemetryOracle.abi.Unpack("epochRecord", data)
	if err != nil {
		return *new(TelemetryOracleEpochRecord), err
	}
	out0 := *abi.ConvertType(out[0], new(TelemetryOracleEpochRecord)).(*TelemetryOracleEpochRecord)
	return out0, nil
}

// PackGetRoleAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x248a9ca3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (telemetryOracle *TelemetryOracle) PackGetRoleAdmin(role [32]byte) []byte {
	enc, err := telemetryOracle.abi.Pack("getRoleAdmin", role)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetRoleAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x248a9ca3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (telemetryOracle *TelemetryOracle) TryPackGetRoleAdmin(role [32]byte) ([]byte, error) {
	return telemetryOracle.abi.Pack("getRoleAdmin", role)
}

// UnpackGetRoleAdmin is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (telemetryOracle *TelemetryOracle) UnpackGetRoleAdmin(data []byte) ([32]byte, error) {
	out, err := telemetryOracle.abi.Unpack("getRoleAdmin", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackGrantRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2f2ff15d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (telemetryOracle *TelemetryOracle) PackGrantRole(role [32]byte, account common.Address) []byte {
	enc, err := telemetryOracle.abi.Pack("grantRole", role, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGrantRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2f2ff15d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (telemetryOracle *TelemetryOracle) TryPackGrantRole(role [32]byte, account common.Address) ([]byte, error) {
	return telemetryOracle.abi.Pack("grantRole", role, account)
}

// PackHasRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91d14854.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (telemetryOracle *TelemetryOracle) PackHasRole(role [32]byte, account common.Address) []byte {
	enc, err := telemetryOracle.abi.Pack("hasRole", role, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHasRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91d14854.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (telemetryOracle *TelemetryOracle) TryPackHasRole(role [32]byte, account common.Address) ([]byte, error) {
	return telemetryOracle.abi.Pack("hasRole", role, account)
}

// UnpackHasRole is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (telemetryOracle *TelemetryOracle) UnpackHasRole(data []byte) (bool, error) {
	out, err := telemetryOracle.abi.Unpack("hasRole", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackHashObservation is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3ce05bfe.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hashObservation(uint256 assetId, uint64 epoch, (uint16,uint16,uint64,uint32) o) view returns(bytes32)
func (telemetryOracle *TelemetryOracle) PackHashObservation(assetId *big.Int, epoch uint64, o TelemetryOracleObservation) []byte {
	enc, err := telemetryOracle.abi.Pack("hashObservation", assetId, epoch, o)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHashObservation is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3ce05bfe.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hashObservation(uint256 assetId, uint64 epoch, (uint16,uint16,uint64,uint32) o) view returns(bytes32)
func (telemetryOracle *TelemetryOracle) TryPackHashObservation(assetId *big.Int, epoch uint64, o TelemetryOracleObservation) ([]byte, error) {
	return telemetryOracle.abi.Pack("hashObservation", assetId, epoch, o)
}

// UnpackHashObservation is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3ce05bfe.
//
// Solidity: function hashObservation(uint256 assetId, uint64 epoch, (uint16,uint16,uint64,uint32) o) view returns(bytes32)
func (telemetryOracle *TelemetryOracle) UnpackHashObservation(data []byte) ([32]byte, error) {
	out, err := telemetryOracle.abi.Unpack("hashObservation", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackIsReporter is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x19c2edf8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isReporter(uint256 assetId, address account) view returns(bool)
func (telemetryOracle *TelemetryOracle) PackIsReporter(assetId *big.Int, account common.Address) []byte {
	enc, err := telemetryOracle.abi.Pack("isReporter", assetId, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsReporter is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x19c2edf8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isReporter(uint256 assetId, address account) view returns(bool)
func (telemetryOracle *TelemetryOracle) TryPackIsReporter(assetId *big.Int, account common.Address) ([]byte, error) {
	return telemetryOracle.abi.Pack("isReporter", assetId, account)
}

// UnpackIsReporter is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x19c2edf8.
//
// Solidity: function isReporter(uint256 assetId, address account) view returns(bool)
func (telemetryOracle *TelemetryOracle) UnpackIsReporter(data []byte) (bool, error) {
	out, err := telemetryOracle.abi.Unpack("isReporter", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackLastEpochOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd15a307.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function lastEpochOf(uint256 assetId) view returns(bool reported, uint64 epoch)
func (telemetryOracle *TelemetryOracle) PackLastEpochOf(assetId *big.Int) []byte {
	enc, err := telemetryOracle.abi.Pack("lastEpochOf", assetId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLastEpochOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd15a307.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function lastEpochOf(uint256 assetId) view returns(bool reported, uint64 epoch)
func (telemetryOracle *TelemetryOracle) TryPackLastEpochOf(assetId *big.Int) ([]byte, error) {
	return telemetryOracle.abi.Pack("lastEpochOf", assetId)
}

// LastEpochOfOutput serves as a container for the return parameters of contract
// method LastEpochOf.
type LastEpochOfOutput struct {
	Reported bool
	Epoch    uint64
}

// UnpackLastEpochOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdd15a307.
//
// Solidity: function lastEpochOf(uint256 assetId) view returns(bool reported, uint64 epoch)
func (telemetryOracle *TelemetryOracle) UnpackLastEpochOf(data []byte) (LastEpochOfOutput, error) {
	out, err := telemetryOracle.abi.Unpack("lastEpochOf", data)
	outstruct := new(LastEpochOfOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Reported = *abi.ConvertType(out[0], new(bool)).(*bool)
	outstruct.Epoch = *abi.ConvertType(out[1], new(uint64)).(*uint64)
	return *outstruct, nil
}

// PackMaxReportAge is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc45e0d24.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function maxReportAge() view returns(uint64)
func (telemetryOracle *TelemetryOracle) PackMaxReportAge() []byte {
	enc, err := telemetryOracle.abi.Pack("maxReportAge")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMaxReportAge is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc45e0d24.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function maxReportAge() view returns(uint64)
func (telemetryOracle *TelemetryOracle) TryPackMaxReportAge() ([]byte, error) {
	return telemetryOracle.abi.Pack("maxReportAge")
}

// UnpackMaxReportAge is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc45e0d24.
//
// Solidity: function maxReportAge() view returns(uint64)
func (telemetryOracle *TelemetryOracle) UnpackMaxReportAge(data []byte) (uint64, error) {
	out, err := telemetryOracle.abi.Unpack("maxReportAge", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackMinQuorum is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb5a127e5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function minQuorum() view returns(uint8)
func (telemetryOracle *TelemetryOracle) PackMinQuorum() []byte {
	enc, err := telemetryOracle.abi.Pack("minQuorum")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMinQuorum is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb5a127e5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function minQuorum() view returns(uint8)
func (telemetryOracle *TelemetryOracle) TryPackMinQuorum() ([]byte, error) {
	return telemetryOracle.abi.Pack("minQuorum")
}

// UnpackMinQuorum is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb5a127e5.
//
// Solidity: function minQuorum() view returns(uint8)
func (telemetryOracle *TelemetryOracle) UnpackMinQuorum(data []byte) (uint8, error) {
	out, err := telemetryOracle.abi.Unpack("minQuorum", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackPause is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8456cb59.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pause() returns()
func (telemetryOracle *TelemetryOracle) PackPause() []byte {
	enc, err := telemetryOracle.abi.Pack("pause")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPause is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8456cb59.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function pause() returns()
func (telemetryOracle *TelemetryOracle) TryPackPause() ([]byte, error) {
	return telemetryOracle.abi.Pack("pause")
}

// PackPaused is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c975abb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function paused() view returns(bool)
func (telemetryOracle *TelemetryOracle) PackPaused() []byte {
	enc, err := telemetryOracle.abi.Pack("paused")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPaused is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c975abb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function paused() view returns(bool)
func (telemetryOracle *TelemetryOracle) TryPackPaused() ([]byte, error) {
	return telemetryOracle.abi.Pack("paused")
}

// UnpackPaused is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5c975abb.
//
// Solidity: function paused() view returns(bool)
func (telemetryOracle *TelemetryOracle) UnpackPaused(data []byte) (bool, error) {
	out, err := telemetryOracle.abi.Unpack("paused", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackQuorumOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1f30e0cb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function quorumOf(uint256 assetId) view returns(uint8)
func (telemetryOracle *TelemetryOracle) PackQuorumOf(assetId *big.Int) []byte {
	enc, err := telemetryOracle.abi.Pack("quorumOf", assetId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackQuorumOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1f30e0cb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function quorumOf(uint256 assetId) view returns(uint8)
func (telemetryOracle *TelemetryOracle) TryPackQuorumOf(assetId *big.Int) ([]byte, error) {
	return telemetryOracle.abi.Pack("quorumOf", assetId)
}

// UnpackQuorumOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1f30e0cb.
//
// Solidity: function quorumOf(uint256 assetId) view returns(uint8)
func (telemetryOracle *TelemetryOracle) UnpackQuorumOf(data []byte) (uint8, error) {
	out, err := telemetryOracle.abi.Unpack("quorumOf", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackRemoveReporter is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4ce4c87e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function removeReporter(uint256 assetId, address reporter) returns()
func (telemetryOracle *TelemetryOracle) PackRemoveReporter(assetId *big.Int, reporter common.Address) []byte {
	enc, err := telemetryOracle.abi.Pack("removeReporter", assetId, reporter)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRemoveReporter is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4ce4c87e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function removeReporter(uint256 assetId, address reporter) returns()
func (telemetryOracle *TelemetryOracle) TryPackRemoveReporter(assetId *big.Int, reporter common.Address) ([]byte, error) {
	return telemetryOracle.abi.Pack("removeReporter", assetId, reporter)
}

// PackRenounceRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36568abe.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (telemetryOracle *TelemetryOracle) PackRenounceRole(role [32]byte, callerConfirmation common.Address) []byte {
	enc, err := telemetryOracle.abi.Pack("renounceRole", role, callerConfirmation)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRenounceRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36568abe.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (telemetryOracle *TelemetryOracle) TryPackRenounceRole(role [32]byte, callerConfirmation common.Address) ([]byte, error) {
	return telemetryOracle.abi.Pack("renounceRole", role, callerConfirmation)
}

// PackReportersOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x05e4726b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function reportersOf(uint256 assetId) view returns(address[])
func (telemetryOracle *TelemetryOracle) PackReportersOf(assetId *big.Int) []byte {
	enc, err := telemetryOracle.abi.Pack("reportersOf", assetId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReportersOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x05e4726b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function reportersOf(uint256 assetId) view returns(address[])
func (telemetryOracle *TelemetryOracle) TryPackReportersOf(assetId *big.Int) ([]byte, error) {
	return telemetryOracle.abi.Pack("reportersOf", assetId)
}

// UnpackReportersOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x05e4726b.
//
// Solidity: function reportersOf(uint256 assetId) view returns(address[])
func (telemetryOracle *TelemetryOracle) UnpackReportersOf(data []byte) ([]common.Address, error) {
	out, err := telemetryOracle.abi.Unpack("reportersOf", data)
	if err != nil {
		return *new([]common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new([]common.Address)).(*[]common.Address)
	return out0, nil
}

// PackRevokeRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd547741f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (telemetryOracle *TelemetryOracle) PackRevokeRole(role [32]byte, account common.Address) []byte {
	enc, err := telemetryOracle.abi.Pack("revokeRole", role, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRevokeRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd547741f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (telemetryOracle *TelemetryOracle) TryPackRevokeRole(role [32]byte, account common.Address) ([]byte, error) {
	return telemetryOracle.abi.Pack("revokeRole", role, account)
}

// PackSetMaxReportAge is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x51a26311.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setMaxReportAge(uint64 maxAge) returns()
func (telemetryOracle *TelemetryOracle) PackSetMaxReportAge(maxAge uint64) []byte {
	enc, err := telemetryOracle.abi.Pack("setMaxReportAge", maxAge)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetMaxReportAge is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x51a26311.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setMaxReportAge(uint64 maxAge) returns()
func (telemetryOracle *TelemetryOracle) TryPackSetMaxReportAge(maxAge uint64) ([]byte, error) {
	return telemetryOracle.abi.Pack("setMaxReportAge", maxAge)
}

// PackSetMinQuorum is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc4a2ac5f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setMinQuorum(uint8 minQuorum_) returns()
func (telemetryOracle *TelemetryOracle) PackSetMinQuorum(minQuorum uint8) []byte {
	enc, err := telemetryOracle.abi.Pack("setMinQuorum", minQuorum)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetMinQuorum is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc4a2ac5f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setMinQuorum(uint8 minQuorum_) returns()
func (telemetryOracle *TelemetryOracle) TryPackSetMinQuorum(minQuorum uint8) ([]byte, error) {
	return telemetryOracle.abi.Pack("setMinQuorum", minQuorum)
}

// PackSetQuorum is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbb10efee.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setQuorum(uint256 assetId, uint8 quorum) returns()
func (telemetryOracle *TelemetryOracle) PackSetQuorum(assetId *big.Int, quorum uint8) []byte {
	enc, err := telemetryOracle.abi.Pack("setQuorum", assetId, quorum)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetQuorum is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbb10efee.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setQuorum(uint256 assetId, uint8 quorum) returns()
func (telemetryOracle *TelemetryOracle) TryPackSetQuorum(assetId *big.Int, quorum uint8) ([]byte, error) {
	return telemetryOracle.abi.Pack("setQuorum", assetId, quorum)
}

// PackSubmit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8f570e6d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function submit((uint256,uint64) report, ((uint16,uint16,uint64,uint32),bytes)[] observations) returns()
func (telemetryOracle *TelemetryOracle) PackSubmit(report TelemetryOracleReport, observations []TelemetryOracleSignedObservation) []byte {
	enc, err := telemetryOracle.abi.Pack("submit", report, observations)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSubmit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8f570e6d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function submit((uint256,uint64) report, ((uint16,uint16,uint64,uint32),bytes)[] observations) returns()
func (telemetryOracle *TelemetryOracle) TryPackSubmit(report TelemetryOracleReport, observations []TelemetryOracleSignedObservation) ([]byte, error) {
	return telemetryOracle.abi.Pack("submit", report, observations)
}

// PackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (telemetryOracle *TelemetryOracle) PackSupportsInterface(interfaceId [4]byte) []byte {
	enc, err := telemetryOracle.abi.Pack("supportsInterface", interfaceId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (telemetryOracle *TelemetryOracle) TryPackSupportsInterface(interfaceId [4]byte) ([]byte, error) {
	return telemetryOracle.abi.Pack("supportsInterface", interfaceId)
}

// UnpackSupportsInterface is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (telemetryOracle *TelemetryOracle) UnpackSupportsInterface(data []byte) (bool, error) {
	out, err := telemetryOracle.abi.Unpack("supportsInterface", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackUnpause is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3f4ba83a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function unpause() returns()
func (telemetryOracle *TelemetryOracle) PackUnpause() []byte {
	enc, err := telemetryOracle.abi.Pack("unpause")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUnpause is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3f4ba83a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function unpause() returns()
func (telemetryOracle *TelemetryOracle) TryPackUnpause() ([]byte, error) {
	return telemetryOracle.abi.Pack("unpause")
}

// TelemetryOracleEIP712DomainChanged represents a EIP712DomainChanged event raised by the TelemetryOracle contract.
type TelemetryOracleEIP712DomainChanged struct {
	Raw *types.Log // Blockchain specific contextual infos
}

const TelemetryOracleEIP712DomainChangedEventName = "EIP712DomainChanged"

// ContractEventName returns the user-defined event name.
func (TelemetryOracleEIP712DomainChanged) ContractEventName() string {
	return TelemetryOracleEIP712DomainChangedEventName
}

// UnpackEIP712DomainChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EIP712DomainChanged()
func (telemetryOracle *TelemetryOracle) UnpackEIP712DomainChangedEvent(log *types.Log) (*TelemetryOracleEIP712DomainChanged, error) {
	event := "EIP712DomainChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != telemetryOracle.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TelemetryOracleEIP712DomainChanged)
	if len(log.Data) > 0 {
		if err := telemetryOracle.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range telemetryOracle.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// TelemetryOracleEpochReported represents a EpochReported event raised by the TelemetryOracle contract.
type TelemetryOracleEpochReported struct {
	AssetId      *big.Int
	Epoch        uint64
	Submitter    common.Address
	Reporters    []common.Address
	Observations []TelemetryOracleObservation
	Median       TelemetryOracleObservation
	Raw          *types.Log // Blockchain specific contextual infos
}

const TelemetryOracleEpochReportedEventName = "EpochReported"

// ContractEventName returns the user-defined event name.
func (TelemetryOracleEpochReported) ContractEventName() string {
	return TelemetryOracleEpochReportedEventName
}

// UnpackEpochReportedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EpochReported(uint256 indexed assetId, uint64 indexed epoch, address indexed submitter, address[] reporters, (uint16,uint16,uint64,uint32)[] observations, (uint16,uint16,uint64,uint32) median)
func (telemetryOracle *TelemetryOracle) UnpackEpochReportedEvent(log *types.Log) (*TelemetryOracleEpochReported, error) {
	event := "EpochReported"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != telemetryOracle.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TelemetryOracleEpochReported)
	if len(log.Data) > 0 {
		if err := telemetryOracle.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range telemetryOracle.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// TelemetryOracleMaxReportAgeChanged represents a MaxReportAgeChanged event raised by the TelemetryOracle contract.
type TelemetryOracleMaxReportAgeChanged struct {
	PreviousMaxAge uint64
	NewMaxAge      uint64
	Raw            *types.Log // Blockchain specific contextual infos
}

const TelemetryOracleMaxReportAgeChangedEventName = "MaxReportAgeChanged"

// ContractEventName returns the user-defined event name.
func (TelemetryOracleMaxReportAgeChanged) ContractEventName() string {
	return TelemetryOracleMaxReportAgeChangedEventName
}

// UnpackMaxReportAgeChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event MaxReportAgeChanged(uint64 previousMaxAge, uint64 newMaxAge)
func (telemetryOracle *TelemetryOracle) UnpackMaxReportAgeChangedEvent(log *types.Log) (*TelemetryOracleMaxReportAgeChanged, error) {
	event := "MaxReportAgeChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != telemetryOracle.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TelemetryOracleMaxReportAgeChanged)
	if len(log.Data) > 0 {
		if err := telemetryOracle.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range telemetryOracle.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// TelemetryOracleMinQuorumChanged represents a MinQuorumChanged event raised by the TelemetryOracle contract.
type TelemetryOracleMinQuorumChanged struct {
	PreviousMinQuorum uint8
	NewMinQuorum      uint8
	By                common.Address
	Raw               *types.Log // Blockchain specific contextual infos
}

const TelemetryOracleMinQuorumChangedEventName = "MinQuorumChanged"

// ContractEventName returns the user-defined event name.
func (TelemetryOracleMinQuorumChanged) ContractEventName() string {
	return TelemetryOracleMinQuorumChangedEventName
}

// UnpackMinQuorumChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event MinQuorumChanged(uint8 previousMinQuorum, uint8 newMinQuorum, address indexed by)
func (telemetryOracle *TelemetryOracle) UnpackMinQuorumChangedEvent(log *types.Log) (*TelemetryOracleMinQuorumChanged, error) {
	event := "MinQuorumChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != telemetryOracle.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TelemetryOracleMinQuorumChanged)
	if len(log.Data) > 0 {
		if err := telemetryOracle.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range telemetryOracle.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// TelemetryOraclePaused represents a Paused event raised by the TelemetryOracle contract.
type TelemetryOraclePaused struct {
	Account common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const TelemetryOraclePausedEventName = "Paused"

// ContractEventName returns the user-defined event name.
func (TelemetryOraclePaused) ContractEventName() string {
	return TelemetryOraclePausedEventName
}

// UnpackPausedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Paused(address account)
func (telemetryOracle *TelemetryOracle) UnpackPausedEvent(log *types.Log) (*TelemetryOraclePaused, error) {
	event := "Paused"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != telemetryOracle.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TelemetryOraclePaused)
	if len(log.Data) > 0 {
		if err := telemetryOracle.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range telemetryOracle.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// TelemetryOracleQuorumChanged represents a QuorumChanged event raised by the TelemetryOracle contract.
type TelemetryOracleQuorumChanged struct {
	AssetId        *big.Int
	PreviousQuorum uint8
	NewQuorum      uint8
	By             common.Address
	Raw            *types.Log // Blockchain specific contextual infos
}

const TelemetryOracleQuorumChangedEventName = "QuorumChanged"

// ContractEventName returns the user-defined event name.
func (TelemetryOracleQuorumChanged) ContractEventName() string {
	return TelemetryOracleQuorumChangedEventName
}

// UnpackQuorumChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event QuorumChanged(uint256 indexed assetId, uint8 previousQuorum, uint8 newQuorum, address indexed by)
func (telemetryOracle *TelemetryOracle) UnpackQuorumChangedEvent(log *types.Log) (*TelemetryOracleQuorumChanged, error) {
	event := "QuorumChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != telemetryOracle.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TelemetryOracleQuorumChanged)
	if len(log.Data) > 0 {
		if err := telemetryOracle.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range telemetryOracle.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// TelemetryOracleReporterAdded represents a ReporterAdded event raised by the TelemetryOracle contract.
type TelemetryOracleReporterAdded struct {
	AssetId  *big.Int
	Reporter common.Address
	By       common.Address
	Raw      *types.Log // Blockchain specific contextual infos
}

const TelemetryOracleReporterAddedEventName = "ReporterAdded"

// ContractEventName returns the user-defined event name.
func (TelemetryOracleReporterAdded) ContractEventName() string {
	return TelemetryOracleReporterAddedEventName
}

// UnpackReporterAddedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ReporterAdded(uint256 indexed assetId, address indexed reporter, address indexed by)
func (telemetryOracle *TelemetryOracle) UnpackReporterAddedEvent(log *types.Log) (*TelemetryOracleReporterAdded, error) {
	event := "ReporterAdded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != telemetryOracle.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TelemetryOracleReporterAdded)
	if len(log.Data) > 0 {
		if err := telemetryOracle.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range telemetryOracle.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// TelemetryOracleReporterRemoved represents a ReporterRemoved event raised by the TelemetryOracle contract.
type TelemetryOracleReporterRemoved struct {
	AssetId  *big.Int
	Reporter common.Address
	By       common.Address
	Raw      *types.Log // Blockchain specific contextual infos
}

const TelemetryOracleReporterRemovedEventName = "ReporterRemoved"

// ContractEventName returns the user-defined event name.
func (TelemetryOracleReporterRemoved) ContractEventName() string {
	return TelemetryOracleReporterRemovedEventName
}

// UnpackReporterRemovedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ReporterRemoved(uint256 indexed assetId, address indexed reporter, address indexed by)
func (telemetryOracle *TelemetryOracle) UnpackReporterRemovedEvent(log *types.Log) (*TelemetryOracleReporterRemoved, error) {
	event := "ReporterRemoved"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != telemetryOracle.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TelemetryOracleReporterRemoved)
	if len(log.Data) > 0 {
		if err := telemetryOracle.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range telemetryOracle.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// TelemetryOracleRoleAdminChanged represents a RoleAdminChanged event raised by the TelemetryOracle contract.
type TelemetryOracleRoleAdminChanged struct {
	Role              [32]byte
	PreviousAdminRole [32]byte
	NewAdminRole      [32]byte
	Raw               *types.Log // Blockchain specific contextual infos
}

const TelemetryOracleRoleAdminChangedEventName = "RoleAdminChanged"

// ContractEventName returns the user-defined event name.
func (TelemetryOracleRoleAdminChanged) ContractEventName() string {
	return TelemetryOracleRoleAdminChangedEventName
}

// UnpackRoleAdminChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (telemetryOracle *TelemetryOracle) UnpackRoleAdminChangedEvent(log *types.Log) (*TelemetryOracleRoleAdminChanged, error) {
	event := "RoleAdminChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != telemetryOracle.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TelemetryOracleRoleAdminChanged)
	if len(log.Data) > 0 {
		if err := telemetryOracle.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range telemetryOracle.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// TelemetryOracleRoleGranted represents a RoleGranted event raised by the TelemetryOracle contract.
type TelemetryOracleRoleGranted struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const TelemetryOracleRoleGrantedEventName = "RoleGranted"

// ContractEventName returns the user-defined event name.
func (TelemetryOracleRoleGranted) ContractEventName() string {
	return TelemetryOracleRoleGrantedEventName
}

// UnpackRoleGrantedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (telemetryOracle *TelemetryOracle) UnpackRoleGrantedEvent(log *types.Log) (*TelemetryOracleRoleGranted, error) {
	event := "RoleGranted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != telemetryOracle.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TelemetryOracleRoleGranted)
	if len(log.Data) > 0 {
		if err := telemetryOracle.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range telemetryOracle.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// TelemetryOracleRoleRevoked represents a RoleRevoked event raised by the TelemetryOracle contract.
type TelemetryOracleRoleRevoked struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const TelemetryOracleRoleRevokedEventName = "RoleRevoked"

// ContractEventName returns the user-defined event name.
func (TelemetryOracleRoleRevoked) ContractEventName() string {
	return TelemetryOracleRoleRevokedEventName
}

// UnpackRoleRevokedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (telemetryOracle *TelemetryOracle) UnpackRoleRevokedEvent(log *types.Log) (*TelemetryOracleRoleRevoked, error) {
	event := "RoleRevoked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != telemetryOracle.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TelemetryOracleRoleRevoked)
	if len(log.Data) > 0 {
		if err := telemetryOracle.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range telemetryOracle.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// TelemetryOracleUnpaused represents a Unpaused event raised by the TelemetryOracle contract.
type TelemetryOracleUnpaused struct {
	Account common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const TelemetryOracleUnpausedEventName = "Unpaused"

// ContractEventName returns the user-defined event name.
func (TelemetryOracleUnpaused) ContractEventName() string {
	return TelemetryOracleUnpausedEventName
}

// UnpackUnpausedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Unpaused(address account)
func (telemetryOracle *TelemetryOracle) UnpackUnpausedEvent(log *types.Log) (*TelemetryOracleUnpaused, error) {
	event := "Unpaused"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != telemetryOracle.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TelemetryOracleUnpaused)
	if len(log.Data) > 0 {
		if err := telemetryOracle.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range telemetryOracle.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (telemetryOracle *TelemetryOracle) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], telemetryOracle.abi.Errors["AccessControlBadConfirmation"].ID.Bytes()[:4]) {
		return telemetryOracle.UnpackAccessControlBadConfirmationError(raw[4:])
	}
	if bytes.Equal(raw[:4], telemetryOracle.abi.Errors["AccessControlUnauthorizedAccount"].ID.Bytes()[:4]) {
		return telemetryOracle.UnpackAccessControlUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], telemetryOracle.abi.Errors["AvailabilityOutOfRange"].ID.Bytes()[:4]) {
		return telemetryOracle.UnpackAvailabilityOutOfRangeError(raw[4:])
	}
	if bytes.Equal(raw[:4], telemetryOracle.abi.Errors["BelowQuorum"].ID.Bytes()[:4]) {
		return telemetryOracle.UnpackBelowQuorumError(raw[4:])
	}
	if bytes.Equal(raw[:4], telemetryOracle.abi.Errors["DuplicateReporter"].ID.Bytes()[:4]) {
		return telemetryOracle.UnpackDuplicateReporterError(raw[4:])
	}
	if bytes.Equal(raw[:4], telemetryOracle.abi.Errors["EnergyInconsistent"].ID.Bytes()[:4]) {
		return telemetryOracle.UnpackEnergyInconsistentError(raw[4:])
	}
	if bytes.Equal(raw[:4], telemetryOracle.abi.Errors["EnforcedPause"].ID.Bytes()[:4]) {
		return telemetryOracle.UnpackEnforcedPauseError(raw[4:])
	}
	if bytes.Equal(raw[:4], telemetryOracle.abi.Errors["EpochAlreadyReported"].ID.Bytes()[:4]) {
		return telemetryOracle.UnpackEpochAlreadyReportedError(raw[4:])
	}
	if bytes.Equal(raw[:4], telemetryOracle.abi.Errors["EpochNotEnded"].ID.Bytes()[:4]) {
		return telemetryOracle.UnpackEpochNotEndedError(raw[4:])
	}
	if bytes.Equal(raw[:4], telemetryOracle.abi.Errors["EpochTooOld"].ID.Bytes()[:4]) {
		return telemetryOracle.UnpackEpochTooOldError(raw[4:])
	}
	if bytes.Equal(raw[:4], telemetryOracle.abi.Errors["ExpectedPause"].ID.Bytes()[:4]) {
		return telemetryOracle.UnpackExpectedPauseError(raw[4:])
	}
	if bytes.Equal(raw[:4], telemetryOracle.abi.Errors["InvalidEpochLength"].ID.Bytes()[:4]) {
		return telemetryOracle.UnpackInvalidEpochLengthError(raw[4:])
	}
	if bytes.Equal(raw[:4], telemetryOracle.abi.Errors["InvalidMaxReportAge"].ID.Bytes()[:4]) {
		return telemetryOracle.UnpackInvalidMaxReportAgeError(raw[4:])
	}
	if bytes.Equal(raw[:4], telemetryOracle.abi.Errors["InvalidMinQuorum"].ID.Bytes()[:4]) {
		return telemetryOracle.UnpackInvalidMinQuorumError(raw[4:])
	}
	if bytes.Equal(raw[:4], telemetryOracle.abi.Errors["InvalidQuorum"].ID.Bytes()[:4]) {
		return telemetryOracle.UnpackInvalidQuorumError(raw[4:])
	}
	if bytes.Equal(raw[:4], telemetryOracle.abi.Errors["InvalidShortString"].ID.Bytes()[:4]) {
		return telemetryOracle.UnpackInvalidShortStringError(raw[4:])
	}
	if bytes.Equal(raw[:4], telemetryOracle.abi.Errors["InvalidSignature"].ID.Bytes()[:4]) {
		return telemetryOracle.UnpackInvalidSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], telemetryOracle.abi.Errors["NotOracleAdmin"].ID.Bytes()[:4]) {
		return telemetryOracle.UnpackNotOracleAdminError(raw[4:])
	}
	if bytes.Equal(raw[:4], telemetryOracle.abi.Errors["PowerAboveRated"].ID.Bytes()[:4]) {
		return telemetryOracle.UnpackPowerAboveRatedError(raw[4:])
	}
	if bytes.Equal(raw[:4], telemetryOracle.abi.Errors["QuorumBelowFloor"].ID.Bytes()[:4]) {
		return telemetryOracle.UnpackQuorumBelowFloorError(raw[4:])
	}
	if bytes.Equal(raw[:4], telemetryOracle.abi.Errors["QuorumNotSet"].ID.Bytes()[:4]) {
		return telemetryOracle.UnpackQuorumNotSetError(raw[4:])
	}
	if bytes.Equal(raw[:4], telemetryOracle.abi.Errors["ReporterAlreadyRegistered"].ID.Bytes()[:4]) {
		return telemetryOracle.UnpackReporterAlreadyRegisteredError(raw[4:])
	}
	if bytes.Equal(raw[:4], telemetryOracle.abi.Errors["ReporterNotRegistered"].ID.Bytes()[:4]) {
		return telemetryOracle.UnpackReporterNotRegisteredError(raw[4:])
	}
	if bytes.Equal(raw[:4], telemetryOracle.abi.Errors["StringTooLong"].ID.Bytes()[:4]) {
		return telemetryOracle.UnpackStringTooLongError(raw[4:])
	}
	if bytes.Equal(raw[:4], telemetryOracle.abi.Errors["TooManyObservations"].ID.Bytes()[:4]) {
		return telemetryOracle.UnpackTooManyObservationsError(raw[4:])
	}
	if bytes.Equal(raw[:4], telemetryOracle.abi.Errors["TooManyReporters"].ID.Bytes()[:4]) {
		return telemetryOracle.UnpackTooManyReportersError(raw[4:])
	}
	if bytes.Equal(raw[:4], telemetryOracle.abi.Errors["UnregisteredReporter"].ID.Bytes()[:4]) {
		return telemetryOracle.UnpackUnregisteredReporterError(raw[4:])
	}
	if bytes.Equal(raw[:4], telemetryOracle.abi.Errors["UtilisationOutOfRange"].ID.Bytes()[:4]) {
		return telemetryOracle.UnpackUtilisationOutOfRangeError(raw[4:])
	}
	if bytes.Equal(raw[:4], telemetryOracle.abi.Errors["ZeroAddress"].ID.Bytes()[:4]) {
		return telemetryOracle.UnpackZeroAddressError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// TelemetryOracleAccessControlBadConfirmation represents a AccessControlBadConfirmation error raised by the TelemetryOracle contract.
type TelemetryOracleAccessControlBadConfirmation struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlBadConfirmation()
func TelemetryOracleAccessControlBadConfirmationErrorID() common.Hash {
	return common.HexToHash("0x6697b23232a647058342c0724fe7c415cab25915b54e5dbc03f233173d37b41c")
}

// UnpackAccessControlBadConfirmationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlBadConfirmation()
func (telemetryOracle *TelemetryOracle) UnpackAccessControlBadConfirmationError(raw []byte) (*TelemetryOracleAccessControlBadConfirmation, error) {
	out := new(TelemetryOracleAccessControlBadConfirmation)
	if err := telemetryOracle.abi.UnpackIntoInterface(out, "AccessControlBadConfirmation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TelemetryOracleAccessControlUnauthorizedAccount represents a AccessControlUnauthorizedAccount error raised by the TelemetryOracle contract.
type TelemetryOracleAccessControlUnauthorizedAccount struct {
	Account    common.Address
	NeededRole [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func TelemetryOracleAccessControlUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0xe2517d3fbfae6f8515ef5ff1ccedc3933ab0cbbda0b492c06eb54ad10ef03b3e")
}

// UnpackAccessControlUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func (telemetryOracle *TelemetryOracle) UnpackAccessControlUnauthorizedAccountError(raw []byte) (*TelemetryOracleAccessControlUnauthorizedAccount, error) {
	out := new(TelemetryOracleAccessControlUnauthorizedAccount)
	if err := telemetryOracle.abi.UnpackIntoInterface(out, "AccessControlUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TelemetryOracleAvailabilityOutOfRange represents a AvailabilityOutOfRange error raised by the TelemetryOracle contract.
type TelemetryOracleAvailabilityOutOfRange struct {
	Reporter        common.Address
	AvailabilityBps uint16
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AvailabilityOutOfRange(address reporter, uint16 availabilityBps)
func TelemetryOracleAvailabilityOutOfRangeErrorID() common.Hash {
	return common.HexToHash("0xb7e84a221e31527148f5664b1261a2f97263f1f83888b474911ae14026b06eb1")
}

// UnpackAvailabilityOutOfRangeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AvailabilityOutOfRange(address reporter, uint16 availabilityBps)
func (telemetryOracle *TelemetryOracle) UnpackAvailabilityOutOfRangeError(raw []byte) (*TelemetryOracleAvailabilityOutOfRange, error) {
	out := new(TelemetryOracleAvailabilityOutOfRange)
	if err := telemetryOracle.abi.UnpackIntoInterface(out, "AvailabilityOutOfRange", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TelemetryOracleBelowQuorum represents a BelowQuorum error raised by the TelemetryOracle contract.
type TelemetryOracleBelowQuorum struct {
	AssetId      *big.Int
	Observations *big.Int
	Quorum       uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BelowQuorum(uint256 assetId, uint256 observations, uint8 quorum)
func TelemetryOracleBelowQuorumErrorID() common.Hash {
	return common.HexToHash("0x6758b531aa8c628eaa34d07d4b499e50b8789bcc105fde61e7bed31048de01cb")
}

// UnpackBelowQuorumError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BelowQuorum(uint256 assetId, uint256 observations, uint8 quorum)
func (telemetryOracle *TelemetryOracle) UnpackBelowQuorumError(raw []byte) (*TelemetryOracleBelowQuorum, error) {
	out := new(TelemetryOracleBelowQuorum)
	if err := telemetryOracle.abi.UnpackIntoInterface(out, "BelowQuorum", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TelemetryOracleDuplicateReporter represents a DuplicateReporter error raised by the TelemetryOracle contract.
type TelemetryOracleDuplicateReporter struct {
	Reporter common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DuplicateReporter(address reporter)
func TelemetryOracleDuplicateReporterErrorID() common.Hash {
	return common.HexToHash("0x6b2f981666cf2ed8ff3e9154d9fce487a6b8ae62a2368cc5ac6f79401b61548c")
}

// UnpackDuplicateReporterError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DuplicateReporter(address reporter)
func (telemetryOracle *TelemetryOracle) UnpackDuplicateReporterError(raw []byte) (*TelemetryOracleDuplicateReporter, error) {
	out := new(TelemetryOracleDuplicateReporter)
	if err := telemetryOracle.abi.UnpackIntoInterface(out, "DuplicateReporter", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TelemetryOracleEnergyInconsistent represents a EnergyInconsistent error raised by the TelemetryOracle contract.
type TelemetryOracleEnergyInconsistent struct {
	Reporter    common.Address
	EnergyWh    uint64
	AvgPowerW   uint32
	EpochLength uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EnergyInconsistent(address reporter, uint64 energyWh, uint32 avgPowerW, uint64 epochLength)
func TelemetryOracleEnergyInconsistentErrorID() common.Hash {
	return common.HexToHash("0xf8c962e5ae51c06759014f276824933f039edcedc5da0ba8e0c39a6a38b857fb")
}

// UnpackEnergyInconsistentError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EnergyInconsistent(address reporter, uint64 energyWh, uint32 avgPowerW, uint64 epochLength)
func (telemetryOracle *TelemetryOracle) UnpackEnergyInconsistentError(raw []byte) (*TelemetryOracleEnergyInconsistent, error) {
	out := new(TelemetryOracleEnergyInconsistent)
	if err := telemetryOracle.abi.UnpackIntoInterface(out, "EnergyInconsistent", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TelemetryOracleEnforcedPause represents a EnforcedPause error raised by the TelemetryOracle contract.
type TelemetryOracleEnforcedPause struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EnforcedPause()
func TelemetryOracleEnforcedPauseErrorID() common.Hash {
	return common.HexToHash("0xd93c0665d6c96d04a8f174024fc4ddd66c250604aff22bbec808de86dd3637e3")
}

// UnpackEnforcedPauseError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EnforcedPause()
func (telemetryOracle *TelemetryOracle) UnpackEnforcedPauseError(raw []byte) (*TelemetryOracleEnforcedPause, error) {
	out := new(TelemetryOracleEnforcedPause)
	if err := telemetryOracle.abi.UnpackIntoInterface(out, "EnforcedPause", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TelemetryOracleEpochAlreadyReported represents a EpochAlreadyReported error raised by the TelemetryOracle contract.
type TelemetryOracleEpochAlreadyReported struct {
	AssetId    *big.Int
	Epoch      uint64
	ReportedAt uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EpochAlreadyReported(uint256 assetId, uint64 epoch, uint64 reportedAt)
func TelemetryOracleEpochAlreadyReportedErrorID() common.Hash {
	return common.HexToHash("0xea3a0db254141051952fca87b03ed89bedd930f7c963ebc4e8a474ed65dcd8bd")
}

// UnpackEpochAlreadyReportedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EpochAlreadyReported(uint256 assetId, uint64 epoch, uint64 reportedAt)
func (telemetryOracle *TelemetryOracle) UnpackEpochAlreadyReportedError(raw []byte) (*TelemetryOracleEpochAlreadyReported, error) {
	out := new(TelemetryOracleEpochAlreadyReported)
	if err := telemetryOracle.abi.UnpackIntoInterface(out, "EpochAlreadyReported", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TelemetryOracleEpochNotEnded represents a EpochNotEnded error raised by the TelemetryOracle contract.
type TelemetryOracleEpochNotEnded struct {
	Epoch    uint64
	EpochEnd uint64
	NowTs    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EpochNotEnded(uint64 epoch, uint64 epochEnd, uint256 nowTs)
func TelemetryOracleEpochNotEndedErrorID() common.Hash {
	return common.HexToHash("0x87cf3f62de8e1cb52f13cfeeed162d3b3cf3ec275b9fc0929cef087caef9ceaf")
}

// UnpackEpochNotEndedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EpochNotEnded(uint64 epoch, uint64 epochEnd, uint256 nowTs)
func (telemetryOracle *TelemetryOracle) UnpackEpochNotEndedError(raw []byte) (*TelemetryOracleEpochNotEnded, error) {
	out := new(TelemetryOracleEpochNotEnded)
	if err := telemetryOracle.abi.UnpackIntoInterface(out, "EpochNotEnded", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TelemetryOracleEpochTooOld represents a EpochTooOld error raised by the TelemetryOracle contract.
type TelemetryOracleEpochTooOld struct {
	Epoch        uint64
	EpochEnd     uint64
	MaxReportAge uint64
	NowTs        *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EpochTooOld(uint64 epoch, uint64 epochEnd, uint64 maxReportAge, uint256 nowTs)
func TelemetryOracleEpochTooOldErrorID() common.Hash {
	return common.HexToHash("0x166be9029d9f24d19cb9919fd66f756adc502088a4e3973fd8bd002b9dfb07c1")
}

// UnpackEpochTooOldError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EpochTooOld(uint64 epoch, uint64 epochEnd, uint64 maxReportAge, uint256 nowTs)
func (telemetryOracle *TelemetryOracle) UnpackEpochTooOldError(raw []byte) (*TelemetryOracleEpochTooOld, error) {
	out := new(TelemetryOracleEpochTooOld)
	if err := telemetryOracle.abi.UnpackIntoInterface(out, "EpochTooOld", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TelemetryOracleExpectedPause represents a ExpectedPause error raised by the TelemetryOracle contract.
type TelemetryOracleExpectedPause struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ExpectedPause()
func TelemetryOracleExpectedPauseErrorID() common.Hash {
	return common.HexToHash("0x8dfc202bcfe9a735b559bee70674422512bc5c30f687046ae8778315fb81da44")
}

// UnpackExpectedPauseError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ExpectedPause()
func (telemetryOracle *TelemetryOracle) UnpackExpectedPauseError(raw []byte) (*TelemetryOracleExpectedPause, error) {
	out := new(TelemetryOracleExpectedPause)
	if err := telemetryOracle.abi.UnpackIntoInterface(out, "ExpectedPause", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TelemetryOracleInvalidEpochLength represents a InvalidEpochLength error raised by the TelemetryOracle contract.
type TelemetryOracleInvalidEpochLength struct {
	EpochLength uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidEpochLength(uint64 epochLength)
func TelemetryOracleInvalidEpochLengthErrorID() common.Hash {
	return common.HexToHash("0xb831967580ce9b8a42ef98db53683ce5af2ac4994e64e03d67207d5dfa89371c")
}

// UnpackInvalidEpochLengthError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidEpochLength(uint64 epochLength)
func (telemetryOracle *TelemetryOracle) UnpackInvalidEpochLengthError(raw []byte) (*TelemetryOracleInvalidEpochLength, error) {
	out := new(TelemetryOracleInvalidEpochLength)
	if err := telemetryOracle.abi.UnpackIntoInterface(out, "InvalidEpochLength", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TelemetryOracleInvalidMaxReportAge represents a InvalidMaxReportAge error raised by the TelemetryOracle contract.
type TelemetryOracleInvalidMaxReportAge struct {
	MaxReportAge uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidMaxReportAge(uint64 maxReportAge)
func TelemetryOracleInvalidMaxReportAgeErrorID() common.Hash {
	return common.HexToHash("0x2760a2b40fef0fedcf9fc8016937ee411ca89e28641d548a7c45ade8043c89c5")
}

// UnpackInvalidMaxReportAgeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidMaxReportAge(uint64 maxReportAge)
func (telemetryOracle *TelemetryOracle) UnpackInvalidMaxReportAgeError(raw []byte) (*TelemetryOracleInvalidMaxReportAge, error) {
	out := new(TelemetryOracleInvalidMaxReportAge)
	if err := telemetryOracle.abi.UnpackIntoInterface(out, "InvalidMaxReportAge", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TelemetryOracleInvalidMinQuorum represents a InvalidMinQuorum error raised by the TelemetryOracle contract.
type TelemetryOracleInvalidMinQuorum struct {
	MinQuorum uint8
	Max       *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidMinQuorum(uint8 minQuorum, uint256 max)
func TelemetryOracleInvalidMinQuorumErrorID() common.Hash {
	return common.HexToHash("0x7a0dd7c581f9a82fccdc48836d2a296cc0955298507112b6623dd7ba46b3b6a9")
}

// UnpackInvalidMinQuorumError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidMinQuorum(uint8 minQuorum, uint256 max)
func (telemetryOracle *TelemetryOracle) UnpackInvalidMinQuorumError(raw []byte) (*TelemetryOracleInvalidMinQuorum, error) {
	out := new(TelemetryOracleInvalidMinQuorum)
	if err := telemetryOracle.abi.UnpackIntoInterface(out, "InvalidMinQuorum", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TelemetryOracleInvalidQuorum represents a InvalidQuorum error raised by the TelemetryOracle contract.
type TelemetryOracleInvalidQuorum struct {
	AssetId   *big.Int
	Quorum    uint8
	Reporters *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidQuorum(uint256 assetId, uint8 quorum, uint256 reporters)
func TelemetryOracleInvalidQuorumErrorID() common.Hash {
	return common.HexToHash("0x893635666d96a1288013a0f4acfcb2f4a9b89a3186132f7d395e800d83373b32")
}

// UnpackInvalidQuorumError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidQuorum(uint256 assetId, uint8 quorum, uint256 reporters)
func (telemetryOracle *TelemetryOracle) UnpackInvalidQuorumError(raw []byte) (*TelemetryOracleInvalidQuorum, error) {
	out := new(TelemetryOracleInvalidQuorum)
	if err := telemetryOracle.abi.UnpackIntoInterface(out, "InvalidQuorum", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TelemetryOracleInvalidShortString represents a InvalidShortString error raised by the TelemetryOracle contract.
type TelemetryOracleInvalidShortString struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidShortString()
func TelemetryOracleInvalidShortStringErrorID() common.Hash {
	return common.HexToHash("0xb3512b0c6163e5f0bafab72bb631b9d58cd7a731b082f910338aa21c83d5c274")
}

// UnpackInvalidShortStringError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidShortString()
func (telemetryOracle *TelemetryOracle) UnpackInvalidShortStringError(raw []byte) (*TelemetryOracleInvalidShortString, error) {
	out := new(TelemetryOracleInvalidShortString)
	if err := telemetryOracle.abi.UnpackIntoInterface(out, "InvalidShortString", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TelemetryOracleInvalidSignature represents a InvalidSignature error raised by the TelemetryOracle contract.
type TelemetryOracleInvalidSignature struct {
	Index *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidSignature(uint256 index)
func TelemetryOracleInvalidSignatureErrorID() common.Hash {
	return common.HexToHash("0x52bf9848f4f569cd5e845a26f8524878f8ac004dcaace7433d78683624c84a76")
}

// UnpackInvalidSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidSignature(uint256 index)
func (telemetryOracle *TelemetryOracle) UnpackInvalidSignatureError(raw []byte) (*TelemetryOracleInvalidSignature, error) {
	out := new(TelemetryOracleInvalidSignature)
	if err := telemetryOracle.abi.UnpackIntoInterface(out, "InvalidSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TelemetryOracleNotOracleAdmin represents a NotOracleAdmin error raised by the TelemetryOracle contract.
type TelemetryOracleNotOracleAdmin struct {
	AssetId *big.Int
	Caller  common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotOracleAdmin(uint256 assetId, address caller)
func TelemetryOracleNotOracleAdminErrorID() common.Hash {
	return common.HexToHash("0xafc84a4be7bfa75710c7cb5ccab150a908294e935913ec7c1567000543233a66")
}

// UnpackNotOracleAdminError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotOracleAdmin(uint256 assetId, address caller)
func (telemetryOracle *TelemetryOracle) UnpackNotOracleAdminError(raw []byte) (*TelemetryOracleNotOracleAdmin, error) {
	out := new(TelemetryOracleNotOracleAdmin)
	if err := telemetryOracle.abi.UnpackIntoInterface(out, "NotOracleAdmin", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TelemetryOraclePowerAboveRated represents a PowerAboveRated error raised by the TelemetryOracle contract.
type TelemetryOraclePowerAboveRated struct {
	Reporter  common.Address
	AvgPowerW uint32
	MaxPowerW *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PowerAboveRated(address reporter, uint32 avgPowerW, uint256 maxPowerW)
func TelemetryOraclePowerAboveRatedErrorID() common.Hash {
	return common.HexToHash("0x772a0ff73f641aefcf6ac00fc7880e58cd0c688709c47bc0f3f4ae826a787a3e")
}

// UnpackPowerAboveRatedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PowerAboveRated(address reporter, uint32 avgPowerW, uint256 maxPowerW)
func (telemetryOracle *TelemetryOracle) UnpackPowerAboveRatedError(raw []byte) (*TelemetryOraclePowerAboveRated, error) {
	out := new(TelemetryOraclePowerAboveRated)
	if err := telemetryOracle.abi.UnpackIntoInterface(out, "PowerAboveRated", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TelemetryOracleQuorumBelowFloor represents a QuorumBelowFloor error raised by the TelemetryOracle contract.
type TelemetryOracleQuorumBelowFloor struct {
	AssetId   *big.Int
	Quorum    uint8
	MinQuorum uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error QuorumBelowFloor(uint256 assetId, uint8 quorum, uint8 minQuorum)
func TelemetryOracleQuorumBelowFloorErrorID() common.Hash {
	return common.HexToHash("0x46626194540a8932ce68e695aeb502cf1ed1c396958adf2a9e3e8b0a4019ded8")
}

// UnpackQuorumBelowFloorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error QuorumBelowFloor(uint256 assetId, uint8 quorum, uint8 minQuorum)
func (telemetryOracle *TelemetryOracle) UnpackQuorumBelowFloorError(raw []byte) (*TelemetryOracleQuorumBelowFloor, error) {
	out := new(TelemetryOracleQuorumBelowFloor)
	if err := telemetryOracle.abi.UnpackIntoInterface(out, "QuorumBelowFloor", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TelemetryOracleQuorumNotSet represents a QuorumNotSet error raised by the TelemetryOracle contract.
type TelemetryOracleQuorumNotSet struct {
	AssetId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error QuorumNotSet(uint256 assetId)
func TelemetryOracleQuorumNotSetErrorID() common.Hash {
	return common.HexToHash("0xd07f510f10574ad4a122ca28d0a8d0373e357e48fc33eee7589d0962e3b6facf")
}

// UnpackQuorumNotSetError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error QuorumNotSet(uint256 assetId)
func (telemetryOracle *TelemetryOracle) UnpackQuorumNotSetError(raw []byte) (*TelemetryOracleQuorumNotSet, error) {
	out := new(TelemetryOracleQuorumNotSet)
	if err := telemetryOracle.abi.UnpackIntoInterface(out, "QuorumNotSet", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TelemetryOracleReporterAlreadyRegistered represents a ReporterAlreadyRegistered error raised by the TelemetryOracle contract.
type TelemetryOracleReporterAlreadyRegistered struct {
	AssetId  *big.Int
	Reporter common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReporterAlreadyRegistered(uint256 assetId, address reporter)
func TelemetryOracleReporterAlreadyRegisteredErrorID() common.Hash {
	return common.HexToHash("0x0cfce2d4faa019d9aae3208ec597e793d43067351ea2b64af20389636e33b008")
}

// UnpackReporterAlreadyRegisteredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReporterAlreadyRegistered(uint256 assetId, address reporter)
func (telemetryOracle *TelemetryOracle) UnpackReporterAlreadyRegisteredError(raw []byte) (*TelemetryOracleReporterAlreadyRegistered, error) {
	out := new(TelemetryOracleReporterAlreadyRegistered)
	if err := telemetryOracle.abi.UnpackIntoInterface(out, "ReporterAlreadyRegistered", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TelemetryOracleReporterNotRegistered represents a ReporterNotRegistered error raised by the TelemetryOracle contract.
type TelemetryOracleReporterNotRegistered struct {
	AssetId  *big.Int
	Reporter common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReporterNotRegistered(uint256 assetId, address reporter)
func TelemetryOracleReporterNotRegisteredErrorID() common.Hash {
	return common.HexToHash("0x15aaf16cfc6b0040f58b8a6e446846c3c4630e440b9f769e259160134d02db7d")
}

// UnpackReporterNotRegisteredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReporterNotRegistered(uint256 assetId, address reporter)
func (telemetryOracle *TelemetryOracle) UnpackReporterNotRegisteredError(raw []byte) (*TelemetryOracleReporterNotRegistered, error) {
	out := new(TelemetryOracleReporterNotRegistered)
	if err := telemetryOracle.abi.UnpackIntoInterface(out, "ReporterNotRegistered", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TelemetryOracleStringTooLong represents a StringTooLong error raised by the TelemetryOracle contract.
type TelemetryOracleStringTooLong struct {
	Str string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StringTooLong(string str)
func TelemetryOracleStringTooLongErrorID() common.Hash {
	return common.HexToHash("0x305a27a93f8e33b7392df0a0f91d6fc63847395853c45991eec52dbf24d72381")
}

// UnpackStringTooLongError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StringTooLong(string str)
func (telemetryOracle *TelemetryOracle) UnpackStringTooLongError(raw []byte) (*TelemetryOracleStringTooLong, error) {
	out := new(TelemetryOracleStringTooLong)
	if err := telemetryOracle.abi.UnpackIntoInterface(out, "StringTooLong", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TelemetryOracleTooManyObservations represents a TooManyObservations error raised by the TelemetryOracle contract.
type TelemetryOracleTooManyObservations struct {
	Observations *big.Int
	Max          *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TooManyObservations(uint256 observations, uint256 max)
func TelemetryOracleTooManyObservationsErrorID() common.Hash {
	return common.HexToHash("0xebeda23c16de0f12c5a32a9d0b6bfdc1a07efae7c4c0729b56afd7194d014595")
}

// UnpackTooManyObservationsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TooManyObservations(uint256 observations, uint256 max)
func (telemetryOracle *TelemetryOracle) UnpackTooManyObservationsError(raw []byte) (*TelemetryOracleTooManyObservations, error) {
	out := new(TelemetryOracleTooManyObservations)
	if err := telemetryOracle.abi.UnpackIntoInterface(out, "TooManyObservations", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TelemetryOracleTooManyReporters represents a TooManyReporters error raised by the TelemetryOracle contract.
type TelemetryOracleTooManyReporters struct {
	AssetId *big.Int
	Max     *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TooManyReporters(uint256 assetId, uint256 max)
func TelemetryOracleTooManyReportersErrorID() common.Hash {
	return common.HexToHash("0x73ec4aaf8720c8e068b2a06b6639a08d34b195550ffd53b1ff51adfea426666e")
}

// UnpackTooManyReportersError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TooManyReporters(uint256 assetId, uint256 max)
func (telemetryOracle *TelemetryOracle) UnpackTooManyReportersError(raw []byte) (*TelemetryOracleTooManyReporters, error) {
	out := new(TelemetryOracleTooManyReporters)
	if err := telemetryOracle.abi.UnpackIntoInterface(out, "TooManyReporters", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TelemetryOracleUnregisteredReporter represents a UnregisteredReporter error raised by the TelemetryOracle contract.
type TelemetryOracleUnregisteredReporter struct {
	AssetId  *big.Int
	Reporter common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnregisteredReporter(uint256 assetId, address reporter)
func TelemetryOracleUnregisteredReporterErrorID() common.Hash {
	return common.HexToHash("0xe52b0f3f777ad48b6998161f76a07f30c23bc12d593df896150fb5009c0d433f")
}

// UnpackUnregisteredReporterError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnregisteredReporter(uint256 assetId, address reporter)
func (telemetryOracle *TelemetryOracle) UnpackUnregisteredReporterError(raw []byte) (*TelemetryOracleUnregisteredReporter, error) {
	out := new(TelemetryOracleUnregisteredReporter)
	if err := telemetryOracle.abi.UnpackIntoInterface(out, "UnregisteredReporter", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TelemetryOracleUtilisationOutOfRange represents a UtilisationOutOfRange error raised by the TelemetryOracle contract.
type TelemetryOracleUtilisationOutOfRange struct {
	Reporter       common.Address
	UtilisationBps uint16
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UtilisationOutOfRange(address reporter, uint16 utilisationBps)
func TelemetryOracleUtilisationOutOfRangeErrorID() common.Hash {
	return common.HexToHash("0x0d2a40facb1bfad54e1bb4c64352f1ec95f45388d46863421d3c7c717cdd20c6")
}

// UnpackUtilisationOutOfRangeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UtilisationOutOfRange(address reporter, uint16 utilisationBps)
func (telemetryOracle *TelemetryOracle) UnpackUtilisationOutOfRangeError(raw []byte) (*TelemetryOracleUtilisationOutOfRange, error) {
	out := new(TelemetryOracleUtilisationOutOfRange)
	if err := telemetryOracle.abi.UnpackIntoInterface(out, "UtilisationOutOfRange", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TelemetryOracleZeroAddress represents a ZeroAddress error raised by the TelemetryOracle contract.
type TelemetryOracleZeroAddress struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAddress()
func TelemetryOracleZeroAddressErrorID() common.Hash {
	return common.HexToHash("0xd92e233df2717d4a40030e20904abd27b68fcbeede117eaaccbbdac9618c8c73")
}

// UnpackZeroAddressError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAddress()
func (telemetryOracle *TelemetryOracle) UnpackZeroAddressError(raw []byte) (*TelemetryOracleZeroAddress, error) {
	out := new(TelemetryOracleZeroAddress)
	if err := telemetryOracle.abi.UnpackIntoInterface(out, "ZeroAddress", raw); err != nil {
		return nil, err
	}
	return out, nil
}
